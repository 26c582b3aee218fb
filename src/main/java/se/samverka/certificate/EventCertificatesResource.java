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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.security.Role;

/**
 * An event's certificates for organisers: {@code certificates.zip} issues to everyone who qualifies and has none
 * yet and returns one PDF per person with a valid certificate; {@code contributions.zip} does the same for the
 * speakers. {@link CertificatePreviewResource} shows one before anything is issued.
 */
@Path("events/{eventId}/{file: (certificates|contributions)\\.zip}")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class EventCertificatesResource {

    @Inject
    CertificateService certificates;

    @Inject
    CertificatePdf pdf;

    @Inject
    EventService events;

    @GET
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response certificates(@PathParam("eventId") Long eventId, @PathParam("file") String file) {
        if (file.startsWith("contributions")) {
            certificates.issueSpeakers(eventId);
            return zip(eventId, CertificateKind.CONTRIBUTION, "medverkan");
        }
        certificates.issueAll(eventId);
        return zip(eventId, CertificateKind.ATTENDANCE, "intyg");
    }

    private Response zip(Long eventId, CertificateKind kind, String name) {
        Event event = events.get(eventId);
        List<Certificate> valid = certificates.certificates(eventId).stream()
                .filter(c -> c.getKind() == kind && !c.isRevoked()).toList();
        StreamingOutput body = out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Certificate certificate : valid) {
                zip.putNextEntry(new ZipEntry(CertificatePdfMedia.fileName(certificate)));
                pdf.write(certificate, null, zip);
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        };
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + event.getSlug() + ".zip\"").build();
    }
}
