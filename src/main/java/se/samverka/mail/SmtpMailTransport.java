package se.samverka.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/**
 * Sends through an SMTP server with Jakarta Mail (Eclipse Angus, part of Payara). One {@link Session} for the
 * application; a delivery run sends its messages over one connection ({@link #open}).
 */
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

    /**
     * One connection for a run, opened at the first message. A message the server refuses closes it (the
     * next one connects afresh); when the server cannot be reached at all, the rest of the run fails with the
     * same error at once instead of waiting for a time-out each.
     */
    @Override
    public Connection open() {
        return new Connection() {
            private Transport connected;
            private MessagingException unreachable;

            @Override
            public void send(MimeMessage message) throws MessagingException {
                if (unreachable != null) {
                    throw unreachable;
                }
                if (connected == null || !connected.isConnected()) {
                    Transport transport = session.getTransport("smtp");
                    try {
                        transport.connect(host, port, username, password);
                    } catch (MessagingException e) {
                        unreachable = e;
                        throw e;
                    }
                    connected = transport;
                }
                try {
                    connected.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    close();
                    throw e;
                }
            }

            @Override
            public void close() {
                if (connected != null) {
                    try {
                        connected.close();
                    } catch (MessagingException ignored) {
                        // the server hung up first; nothing is lost
                    }
                    connected = null;
                }
            }
        };
    }

    @Override
    public String describe() {
        return "sent by SMTP through " + host + ":" + port + (starttls ? " with STARTTLS" : "")
                + (username != null ? " as " + username : "");
    }
}
