package se.samverka.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** One GreenMail for the whole test JVM, stopped when the JVM ends. Kept apart so the deployment never loads it. */
final class GreenMailServer {

    private static GreenMail server;

    private GreenMailServer() {
    }

    static synchronized void startOnce(int smtpPort, int imapPort) {
        if (server != null) {
            return;
        }
        server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }

    static java.util.List<String> textsTo(String address, int count, int seconds) {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (true) {
            java.util.List<String> texts = new java.util.ArrayList<>();
            for (jakarta.mail.internet.MimeMessage message : server.getReceivedMessages()) {
                try {
                    if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address))) {
                        texts.add(plainText(message));
                    }
                } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (texts.size() >= count || System.currentTimeMillis() > deadline) {
                return texts;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return texts;
            }
        }
    }

    /** The decoded text/plain part of a message (mails from Samverka carry their text and attachments). */
    private static String plainText(jakarta.mail.Part part) throws jakarta.mail.MessagingException, java.io.IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** Attachments (file name to text) of every mail received for this address. */
    static java.util.Map<String, String> attachmentsTo(String address) {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        try {
            for (jakarta.mail.internet.MimeMessage message : server.getReceivedMessages()) {
                if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address))
                        && message.getContent() instanceof jakarta.mail.Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                        if (part.getFileName() != null) {
                            files.put(part.getFileName(), new String(part.getInputStream().readAllBytes(),
                                    java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** Every attachment with this file name in the mails received for this address, oldest mail first. */
    static java.util.List<String> attachmentsNamed(String address, String filename) {
        java.util.List<String> files = new java.util.ArrayList<>();
        try {
            for (jakarta.mail.internet.MimeMessage message : server.getReceivedMessages()) {
                if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address))
                        && message.getContent() instanceof jakarta.mail.Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                        if (filename.equals(part.getFileName())) {
                            files.add(new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
