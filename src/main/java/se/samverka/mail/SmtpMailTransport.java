package se.samverka.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** Sends through an SMTP server with Jakarta Mail (Eclipse Angus, part of Payara). */
public class SmtpMailTransport implements MailTransport {

    private static final String TIMEOUT_MILLIS = "20000";

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final boolean starttls;
    private final Session session;

    /** Username and password may be null: then the server is used without logging in. */
    public SmtpMailTransport(String host, int port, String username, String password, boolean starttls) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.starttls = starttls;
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.auth", String.valueOf(username != null));
        properties.setProperty("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.setProperty("mail.smtp.starttls.required", String.valueOf(starttls));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        // Name ourselves in HELO without asking DNS for this machine's name, which can stall for
        // tens of seconds on hosts whose own name does not resolve.
        properties.setProperty("mail.smtp.localhost", "localhost");
        properties.setProperty("mail.host", "localhost");
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(MimeMessage message) throws MessagingException {
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(host, port, username, password);
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    @Override
    public String describe() {
        return "sent by SMTP through " + host + ":" + port + (starttls ? " with STARTTLS" : "")
                + (username != null ? " as " + username : "");
    }
}
