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

    /** A mail as read back over IMAP: subject, plain text, HTML (or null), attachments by file name. */
    public record Received(String subject, String text, String html, java.util.Map<String, String> attachments) {
    }

    /**
     * The mails in the recipient's GreenMail inbox, read over IMAP (so it works inside the container too), oldest
     * first, waiting up to {@code seconds} for at least {@code count} of them.
     */
    public static java.util.List<Received> inbox(String address, int count, int seconds) throws Exception {
        awaitCount(address, count, seconds);
        return readInbox(address);
    }

    /**
     * Only the subjects of the recipient's mails, oldest first, waiting up to {@code seconds} for at least
     * {@code count}: one IMAP fetch for all of them, where reading each whole takes a few round trips a mail.
     */
    public static java.util.List<String> subjects(String address, int count, int seconds) throws Exception {
        awaitCount(address, count, seconds);
        java.util.List<String> subjects = new java.util.ArrayList<>();
        try (jakarta.mail.Store store = imapStore(address)) {
            jakarta.mail.Folder inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            jakarta.mail.Message[] messages = inbox.getMessages();
            jakarta.mail.FetchProfile envelope = new jakarta.mail.FetchProfile();
            envelope.add(jakarta.mail.FetchProfile.Item.ENVELOPE);
            inbox.fetch(messages, envelope);
            for (jakarta.mail.Message message : messages) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
        }
        return subjects;
    }

    /** Waits until the inbox holds {@code count} mails, counting only: reading 120 mails over IMAP takes seconds. */
    private static void awaitCount(String address, int count, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (countInbox(address) < count && System.currentTimeMillis() <= deadline) {
            Thread.sleep(250);
        }
    }

    private static int countInbox(String address) throws Exception {
        try (jakarta.mail.Store store = imapStore(address)) {
            jakarta.mail.Folder inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            int count = inbox.getMessageCount();
            inbox.close(false);
            return count;
        }
    }

    private static jakarta.mail.Store imapStore(String address) throws Exception {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("mail.imap.connectiontimeout", "10000");
        properties.setProperty("mail.imap.timeout", "10000");
        jakarta.mail.Store store = jakarta.mail.Session.getInstance(properties).getStore("imap");
        store.connect("localhost", imapPort(), address, "any");
        return store;
    }

    private static java.util.List<Received> readInbox(String address) throws Exception {
        java.util.List<Received> mails = new java.util.ArrayList<>();
        try (jakarta.mail.Store store = imapStore(address)) {
            jakarta.mail.Folder inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            for (jakarta.mail.Message message : inbox.getMessages()) {
                String[] bodies = new String[2];
                java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
                collect(message, bodies, files);
                mails.add(new Received(message.getSubject(), bodies[0], bodies[1], files));
            }
            inbox.close(false);
        }
        return mails;
    }

    private static void collect(jakarta.mail.Part part, String[] bodies, java.util.Map<String, String> files)
            throws Exception {
        if (part.getFileName() != null) {
            try (java.io.InputStream in = part.getInputStream()) {
                files.put(part.getFileName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } else if (part.isMimeType("text/plain") && bodies[0] == null) {
            bodies[0] = ((String) part.getContent()).replace("\r\n", "\n");
        } else if (part.isMimeType("text/html") && bodies[1] == null) {
            bodies[1] = ((String) part.getContent()).replace("\r\n", "\n");
        } else if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), bodies, files);
            }
        }
    }
}
