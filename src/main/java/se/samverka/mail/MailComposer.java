package se.samverka.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Turns an outbox entry into an RFC 822 message: plain text (with an HTML alternative when there is
 * one) and the attachments, all in UTF-8. The Message-ID stays the same across attempts, so a
 * receiver can spot a duplicate.
 */
public class MailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        nameStreamProvider();
    }

    private final InternetAddress from;
    private final Session session = Session.getInstance(new Properties());

    public MailComposer(InternetAddress from) {
        this.from = from;
    }

    public MimeMessage compose(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, messageId(mail));
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), UTF_8);
        message.setSentDate(new Date());
        if (mail.getAttachments().isEmpty()) {
            fillBody(message, mail);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            fillBody(body, mail);
            mixed.addBodyPart(body);
            for (MailAttachment attachment : mail.getAttachments()) {
                mixed.addBodyPart(attachmentPart(attachment));
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static void fillBody(MimePart part, OutgoingMail mail) throws MessagingException {
        if (mail.getHtmlBody() == null) {
            part.setText(mail.getTextBody(), UTF_8);
            return;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getHtmlBody(), UTF_8, "html");
        Multipart alternative = new MimeMultipart("alternative", text, html);
        part.setContent(alternative);
    }

    private static MimeBodyPart attachmentPart(MailAttachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.getContent(), attachment.getMediaType())));
        part.setFileName(attachment.getFilename());
        part.setDisposition(Part.ATTACHMENT);
        // chosen here, not by reading the whole content once more to see whether it is plain ASCII
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /**
     * Jakarta Mail 2.1 finds its {@code StreamProvider} anew for every body part it writes or encodes, through
     * ServiceLoader: a scan of every jar of the application server, a quarter of the CPU a confirmation mail cost.
     * Named as a system property, the lookup is a class lookup. Only when nobody named one and the provider that
     * ServiceLoader would find anyway (Eclipse Angus, in Payara and in the tests) is there.
     */
    private static void nameStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) != null) {
            return;
        }
        String angus = "org.eclipse.angus.mail.util.MailStreamProvider";
        try {
            Class.forName(angus, false, jakarta.mail.util.StreamProvider.class.getClassLoader());
            Class.forName(angus, false, Thread.currentThread().getContextClassLoader());
            System.setProperty(STREAM_PROVIDER, angus);
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            // another Jakarta Mail implementation: leave the lookup as it is
        }
    }

    private String messageId(OutgoingMail mail) {
        if (mail.getId() == null) {
            return null;
        }
        String address = from.getAddress();
        String domain = address.substring(address.indexOf('@') + 1);
        return "<samverka-mail-" + mail.getId() + "@" + domain + ">";
    }

    /** Keeps the given Message-ID instead of making a new one on every save. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", messageId);
            }
        }
    }
}
