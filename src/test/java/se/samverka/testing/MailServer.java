package se.samverka.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts GreenMail (SMTP on port {@value #SMTP_PORT}, IMAP on {@value #IMAP_PORT}) in the test JVM
 * before Arquillian deploys; the containers in arquillian.xml send their mail to it
 * ({@code -Dsamverka.mail.transport=smtp -Dsamverka.mail.port=3025}). Register this extension
 * before ArquillianExtension. In-container tests read what arrived over IMAP: log in with the
 * recipient's address as user name and any password. Inside the container it does nothing
 * (GreenMail is not part of the deployment).
 */
public class MailServer implements BeforeAllCallback {

    public static final int SMTP_PORT = 3025;
    public static final int IMAP_PORT = 3143;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (System.getProperty("samverka.war") != null) {
            GreenMailServer.startOnce(SMTP_PORT, IMAP_PORT);
        }
    }

    /**
     * The plain text of every mail GreenMail has received for this address, oldest first, waiting up to
     * {@code seconds} for at least {@code count} (mail leaves after the commit, on another thread).
     * For client-side tests, which share the JVM with GreenMail.
     */
    public static java.util.List<String> textsTo(String address, int count, int seconds) {
        return GreenMailServer.textsTo(address, count, seconds);
    }

    /** Attachments (file name to text) of the mails GreenMail received for this address. */
    public static java.util.Map<String, String> attachmentsTo(String address) {
        return GreenMailServer.attachmentsTo(address);
    }
}
