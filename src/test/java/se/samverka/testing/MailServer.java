package se.samverka.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts GreenMail (SMTP and IMAP on the free ports the build reserved: {@code samverka.test.smtp.port},
 * {@code samverka.test.imap.port}) in the test JVM before Arquillian deploys; the containers in
 * arquillian.xml send their mail to it ({@code -Dsamverka.mail.transport=smtp -Dsamverka.mail.port=...}) and
 * tell in-container tests the IMAP port. Register this extension before ArquillianExtension. In-container
 * tests read what arrived over IMAP: log in with the recipient's address as user name and any password.
 * Inside the container it does nothing (GreenMail is not part of the deployment).
 */
public class MailServer implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (System.getProperty("samverka.war") != null) {
            GreenMailServer.startOnce(Integer.getInteger("samverka.test.smtp.port", 3025), imapPort());
        }
    }

    /** Where GreenMail answers IMAP, in the test JVM and (through arquillian.xml) in the container. */
    public static int imapPort() {
        return Integer.getInteger("samverka.test.imap.port", 3143);
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

    /** Every attachment with this file name sent to this address, oldest mail first. */
    public static java.util.List<String> attachmentsNamed(String address, String filename) {
        return GreenMailServer.attachmentsNamed(address, filename);
    }
}
