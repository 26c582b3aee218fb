package se.samverka.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** The logo an organiser uploaded for an event (table event_logo): at most one, deleted with the event. */
@Entity
@Table(name = "event_logo")
public class EventLogo {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @Version
    private long version;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected EventLogo() {
    }

    EventLogo(Long eventId) {
        this.eventId = eventId;
    }

    void replace(LogoImage image, String newFileName, LocalDateTime now) {
        this.mediaType = image.mediaType();
        this.content = image.content().clone();
        this.fileName = newFileName == null || newFileName.isBlank() ? image.defaultFileName()
                : shortened(newFileName.strip());
        this.uploadedAt = now;
    }

    /** The file's own name (no folders), without control characters, at most 255 characters. */
    private static String shortened(String name) {
        String base = name.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"\u2028\u2029]", "_");
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    public Long getEventId() { return eventId; }
    public long getVersion() { return version; }
    public String getMediaType() { return mediaType; }
    public String getFileName() { return fileName; }
    public byte[] getContent() { return content.clone(); }
    public int getSize() { return content.length; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
}
