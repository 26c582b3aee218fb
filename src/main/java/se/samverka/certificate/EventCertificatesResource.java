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

/**
 * An event's certificates of attendance for organisers: {@code certificates.zip} issues to everyone who qualifies
 * and has none yet and returns one PDF per person with a valid certificate. {@link SpeakerCertificatesResource}
 * does the same for the speakers; {@link CertificatePreviewResource} shows one before anything is issued.
 */
@Path("events/{eventId}/certificates.zip")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class EventCertificatesResource {

    @Inject
    CertificateService certificates;

    @Inject
    CertificateZip zip;

    @GET
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @PersonalDataExport("certificates.zip")
    public Response certificates(@PathParam("eventId") Long eventId) {
        certificates.issueAll(eventId);
        return zip.download(eventId, CertificateKind.ATTENDANCE, "intyg");
    }
}
