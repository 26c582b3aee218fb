package se.samverka.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RateLimited;
import se.samverka.api.RequestBody;
import se.samverka.security.Role;

/**
 * {@code /api/certificates/{code}}: anyone holding a certificate verifies it (throttled per address against
 * guessing; an unknown code is a plain 404); an organiser revokes it with a reason.
 */
@Path("certificates/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    CertificateService certificates;

    @GET
    @RateLimited
    public CertificateView verify(@PathParam("code") String code) {
        return CertificateView.of(certificates.byCode(code));
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public CertificateView revoke(@PathParam("code") String code, Revocation revocation) {
        RequestBody.required(revocation);
        return CertificateView.of(certificates.revoke(code, revocation.reason()));
    }

    /** Why a certificate is withdrawn. */
    public record Revocation(String reason) {
    }
}
