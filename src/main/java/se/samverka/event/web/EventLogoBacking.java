package se.samverka.event.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import se.samverka.event.EventLogo;
import se.samverka.event.EventLogoService;
import se.samverka.event.LogoImage;
import se.samverka.web.Feedback;

/** The logo section of the event page: upload a PNG or JPEG for the name badges, see it, remove it. */
@Named
@ViewScoped
public class EventLogoBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventLogoService logos;

    private Long eventId;
    private Long version;
    private String fileName;

    /** Shows the section for this event (the page passes its own event id). */
    public void show(Long eventId) {
        this.eventId = eventId;
        if (eventId != null) {
            logos.find(eventId).ifPresentOrElse(this::showing, () -> version = null);
        }
    }

    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(LogoImage.MAX_BYTES + 1);
        }
        showing(logos.store(eventId, content, file.getFileName()));
        Feedback.info("logo.uploaded", fileName);
    }

    public void remove() {
        logos.remove(eventId);
        version = null;
        Feedback.info("logo.removed");
    }

    private void showing(EventLogo logo) {
        version = logo.getVersion();
        fileName = logo.getFileName();
    }

    public boolean isPresent() { return version != null; }
    public String getFileName() { return fileName; }
    /** The logo's address, changed by each upload so that the browser shows the new one. */
    public String getPath() { return "/api/events/" + eventId + "/logo?v=" + version; }
}
