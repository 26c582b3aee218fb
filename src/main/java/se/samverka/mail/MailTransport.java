package se.samverka.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/**
 * Hands a composed message on: to an SMTP server, or to the mail folder when there is none
 * ({@code samverka.mail.transport=smtp|file}). Throws when the message did not get through;
 * the outbox then tries again later.
 */
public interface MailTransport {

    void send(MimeMessage message) throws MessagingException, IOException;

    /** Where mail goes, for the log (no secrets). */
    String describe();

    /**
     * For several messages in a row: one connection where the transport has one (SMTP), closed when the
     * run is done. The default sends each message on its own.
     */
    default Connection open() {
        return new Connection() {
            @Override
            public void send(MimeMessage message) throws MessagingException, IOException {
                MailTransport.this.send(message);
            }

            @Override
            public void close() {
            }
        };
    }

    /** Messages sent one after another; a failed one does not keep the next from being tried. */
    interface Connection extends AutoCloseable {

        void send(MimeMessage message) throws MessagingException, IOException;

        @Override
        void close();
    }
}
