package se.samverka.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code samverka.mail.*} configuration (see config/microprofile-config.properties): which
 * transport delivers, where to, and the sender. A wrong value stops the application at start.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "samverka.mail.transport", defaultValue = "file")
    String transport;

    @Inject
    @ConfigProperty(name = "samverka.mail.dir", defaultValue = "./data/mail")
    String dir;

    @Inject
    @ConfigProperty(name = "samverka.mail.from", defaultValue = "Samverka <noreply@samverka.local>")
    String from;

    @Inject
    @ConfigProperty(name = "samverka.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "samverka.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "samverka.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "samverka.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "samverka.mail.starttls", defaultValue = "false")
    boolean starttls;

    /** True when mail is written to a folder instead of being sent (the default, for demos). */
    public boolean writesFiles() {
        return "file".equalsIgnoreCase(transport.strip());
    }

    /** The folder that file delivery writes to. */
    public Path folder() {
        return Path.of(dir).toAbsolutePath().normalize();
    }

    /** The SMTP server as host:port. */
    public String server() {
        return host + ":" + port;
    }

    /** One transport (and so one Jakarta Mail session) for the application, not one per injection. */
    @Produces
    @Singleton
    MailTransport transport() {
        return switch (transport.strip().toLowerCase()) {
            case "file" -> new FileMailTransport(folder());
            case "smtp" -> new SmtpMailTransport(host, port, username.filter(u -> !u.isBlank()).orElse(null),
                    password.orElse(""), starttls);
            default -> throw new IllegalStateException(
                    "samverka.mail.transport must be 'file' or 'smtp', not '" + transport + "'");
        };
    }

    @Produces
    @Singleton
    MailComposer composer() {
        try {
            InternetAddress sender = new InternetAddress(from, true);
            sender.validate();
            return new MailComposer(sender);
        } catch (AddressException e) {
            throw new IllegalStateException("samverka.mail.from is not a valid address: " + from, e);
        }
    }
}
