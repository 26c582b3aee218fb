package se.samverka.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import se.samverka.event.Event;
import se.samverka.event.EventService;

/** Streams one PDF per valid certificate of one kind into a ZIP download. */
@ApplicationScoped
class CertificateZip {

    private final CertificateService certificates;
    private final CertificatePdf pdf;
    private final EventService events;

    @Inject
    CertificateZip(CertificateService certificates, CertificatePdf pdf, EventService events) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.events = events;
    }

    /** For CDI's proxy only. */
    CertificateZip() {
        this(null, null, null);
    }

    Response download(Long eventId, CertificateKind kind, String name) {
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
