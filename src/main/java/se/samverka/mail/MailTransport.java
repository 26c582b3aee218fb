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
}
