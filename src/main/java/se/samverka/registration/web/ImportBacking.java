package se.samverka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.ImportPreview;
import se.samverka.registration.ImportService;
import se.samverka.web.Feedback;

/** Import of a participant list ({@code ?event=}): upload, preview every row, then register the valid ones at once. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    @Inject
    ImportService imports;

    @Inject
    EventService events;

    private Long eventId;
    private String eventTitle;
    private transient Part file;
    private String fileName;
    private byte[] content;
    private ImportPreview preview;
    private boolean informed;

    public void load() throws IOException {
        if (!AdminPage.allowOrganiserOnly()) {
            return;
        }
        try {
            eventTitle = events.get(eventId).getTitle();
        } catch (NotFoundException e) {
            AdminPage.send(404);
        }
    }

    /** Reads the uploaded file and shows what it would register; nothing is saved. */
    public void upload() throws IOException {
        AdminPage.requireOrganiser();
        preview = null;
        if (file == null || file.getSize() == 0) {
            Feedback.error("import.error.noFile");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Feedback.error("import.error.tooLarge", MAX_BYTES / 1024 / 1024);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        fileName = file.getSubmittedFileName();
        preview = imports.preview(eventId, content);
    }

    /** Registers every valid row in one transaction, checked again against the registrations as they are now. */
    public String importRows() {
        AdminPage.requireOrganiser();
        if (!informed) {
            Feedback.error("registrationAdmin.error.informedRequired");
            return null;
        }
        if (content == null) {
            Feedback.error("import.error.noFile");
            return null;
        }
        ImportPreview now = imports.preview(eventId, content);
        if (now.getValidCount() != preview.getValidCount()) {
            preview = now;
            Feedback.error("import.changedMeanwhile");
            return null;
        }
        int imported = imports.importAll(eventId, now.validRequests()).size();
        Feedback.info("import.done", imported, fileName);
        return "/admin/participants/index?faces-redirect=true&event=" + eventId;
    }

    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getEventTitle() { return eventTitle; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getFileName() { return fileName; }
    public ImportPreview getPreview() { return preview; }
    public boolean isInformed() { return informed; }
    public void setInformed(boolean informed) { this.informed = informed; }
}
