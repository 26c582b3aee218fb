package se.samverka.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.security.Role;
import se.samverka.platform.PersonalDataExport;

/** The speakers' certificates of contribution ({@code contributions.zip}), issued on download like the attendance ones. */
@Path("events/{eventId}/contributions.zip")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class SpeakerCertificatesResource {

    @Inject
    CertificateService certificates;

    @Inject
    CertificateZip zip;

    @GET
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @PersonalDataExport("contributions.zip")
    public Response contributions(@PathParam("eventId") Long eventId) {
        certificates.issueSpeakers(eventId);
        return zip.download(eventId, CertificateKind.CONTRIBUTION, "medverkan");
    }
}
