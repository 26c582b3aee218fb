package se.samverka.certificate;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestLanguage;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.security.Role;
import se.samverka.platform.PersonalDataExport;

/**
 * {@code GET /api/events/{id}/certificates/preview.pdf?registration=}: what a participant's certificate would
 * say if issued now, marked as a preview (organisers), whether or not they qualify yet.
 */
@Path("events/{eventId}/certificates/preview.pdf")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class CertificatePreviewResource {

    @Inject
    CertificatePdf pdf;

    @Inject
    RegistrationDirectory registrations;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({CertificatePdfMedia.PDF, MediaType.APPLICATION_JSON})
    @PersonalDataExport("certificate-preview.pdf")
    public Response preview(@PathParam("eventId") Long eventId, @QueryParam("registration") Long registrationId,
            @QueryParam("lang") String lang) {
        if (registrationId == null) {
            throw new NotFoundException("registration", "");
        }
        var registration = registrations.get(eventId, registrationId);
        Locale locale = lang == null ? registration.locale() : RequestLanguage.of(lang, headers);
        StreamingOutput body = out -> pdf.preview(registration, locale, out);
        return Response.ok(body, CertificatePdfMedia.PDF)
                .header("Content-Disposition", "inline; filename=\"intyg-forhandsvisning.pdf\"").build();
    }
}
