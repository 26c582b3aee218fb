package se.samverka.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import se.samverka.api.RateLimited;
import se.samverka.api.RequestLanguage;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;

/**
 * {@code GET /api/registrations/{token}/certificate.pdf}: the participant's certificate through their private
 * link, issued on demand when they qualify; a 409 problem saying why when they do not (yet).
 */
@Path("registrations/{token}/certificate.pdf")
@RequestScoped
@RateLimited
public class OwnCertificateResource {

    @Inject
    RegistrationDirectory registrations;

    @Inject
    CertificateService certificates;

    @Inject
    CertificatePdf pdf;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({CertificatePdfMedia.PDF, MediaType.APPLICATION_JSON})
    public Response certificate(@PathParam("token") String token, @QueryParam("lang") String lang) {
        Registration registration = registrations.byToken(token);
        Certificate certificate = certificates.issueFor(registration);
        Locale locale = lang == null ? null : RequestLanguage.of(lang, headers);
        StreamingOutput body = out -> pdf.write(certificate, locale, out);
        return Response.ok(body, CertificatePdfMedia.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + CertificatePdfMedia.fileName(certificate) + "\"")
                .build();
    }
}
