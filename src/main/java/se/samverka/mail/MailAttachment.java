package se.samverka.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file stored with an outgoing mail (table outgoing_mail_attachment). */
@Embeddable
public class MailAttachment {

    @Column(nullable = false)
    private String filename;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    protected MailAttachment() {
    }

    MailAttachment(Mail.Attachment attachment) {
        if (attachment.filename() == null || attachment.filename().isBlank() || attachment.filename().length() > 255
                || attachment.mediaType() != null && attachment.mediaType().length() > 255) {
            throw new InvalidMailException("attachment", "mail.error.attachmentName");
        }
        this.filename = attachment.filename().strip();
        this.mediaType = attachment.mediaType() == null || attachment.mediaType().isBlank()
                ? "application/octet-stream" : attachment.mediaType().strip();
        this.content = attachment.content();
    }

    public String getFilename() {
        return filename;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int getSize() {
        return content.length;
    }
}
