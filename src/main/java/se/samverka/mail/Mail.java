package se.samverka.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A mail that a feature wants sent, built in small steps and handed to {@link MailService#queue}:
 * <pre>
 * mails.queue(Mail.to(participant.getEmail())
 *         .subject("Bekräftelse: " + event.getTitle())
 *         .text(body)
 *         .attach("samverka.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics)
 *         .reference("registration:" + registration.getId()));
 * </pre>
 * Each step returns a new value; the outbox checks the address, subject and text when it is queued.
 *
 * @param to the recipient's address, e.g. {@code anna@example.org}
 * @param subject one line; line breaks become spaces
 * @param text the plain-text body (always sent)
 * @param html an optional HTML alternative of the same text, or null
 * @param attachments files sent with the mail, in order
 * @param reference optional free text (at most 100 characters) tying the mail to what caused it,
 *        such as {@code registration:123}; see {@link MailService#forReference}
 */
public record Mail(String to, String subject, String text, String html, List<Attachment> attachments, String reference) {

    public Mail {
        attachments = List.copyOf(attachments);
    }

    /** Starts a mail to one address. */
    public static Mail to(String address) {
        return new Mail(address, null, null, null, List.of(), null);
    }

    /**
     * Whether {@link MailService#queue} accepts this recipient: one address with an @, at most 320
     * characters, by RFC 822 rules. Check a participant's address with it before queueing.
     */
    public static boolean isValidAddress(String address) {
        if (address == null || address.isBlank() || address.strip().length() > 320) {
            return false;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(address.strip(), true);
            if (parsed.length != 1 || !parsed[0].getAddress().contains("@")) {
                return false;
            }
            parsed[0].validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    public Mail subject(String newSubject) {
        return new Mail(to, newSubject, text, html, attachments, reference);
    }

    public Mail text(String newText) {
        return new Mail(to, subject, newText, html, attachments, reference);
    }

    public Mail html(String newHtml) {
        return new Mail(to, subject, text, newHtml, attachments, reference);
    }

    /** Adds a file, e.g. {@code attach("konferens.ics", "text/calendar; charset=UTF-8", bytes)}. */
    public Mail attach(String filename, String mediaType, byte[] content) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(new Attachment(filename, mediaType, content));
        return new Mail(to, subject, text, html, more, reference);
    }

    public Mail reference(String newReference) {
        return new Mail(to, subject, text, html, attachments, newReference);
    }

    /** A file sent with a mail. The bytes are copied in and out. */
    public record Attachment(String filename, String mediaType, byte[] content) {

        public Attachment {
            content = Objects.requireNonNull(content, "content").clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment that && Objects.equals(filename, that.filename)
                    && Objects.equals(mediaType, that.mediaType) && Arrays.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(filename, mediaType, Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "Attachment[" + filename + ", " + mediaType + ", " + content.length + " bytes]";
        }
    }
}
