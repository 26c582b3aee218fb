package se.samverka.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo transport writes real RFC 822 files: parsed back, everything is there, å ä ö included. */
class FileMailTransportTest {

    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Samverka//test//SV\r\nBEGIN:VEVENT\r\n"
            + "UID:test-1@samverka\r\nDTSTAMP:20270901T080000Z\r\nDTSTART:20270914T070000Z\r\nDTEND:20270915T140000Z\r\n"
            + "SUMMARY:Samverkanskonferens i Degerfors – välkommen!\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    @TempDir
    Path folder;

    @Test
    void aMailWithAnIcsAttachmentIsWrittenAsAnEmlFileThatParsesBack() throws Exception {
        Mail mail = Mail.to("åsa.öberg@example.org".replace("å", "a").replace("ö", "o"))
                .subject("Bekräftelse: Samverkanskonferens på Älvhögskolan")
                .text("Hej Åsa!\n\nDu är anmäld till konferensen i Degerfors. Välkommen!\n")
                .attach("samverkanskonferens.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                        ICS.getBytes(StandardCharsets.UTF_8))
                .reference("registration:42");
        MimeMessage written = writeAndReadBack(new OutgoingMail(mail, LocalDateTime.now()));

        assertEquals("Bekräftelse: Samverkanskonferens på Älvhögskolan", written.getSubject());
        assertEquals(List.of(new InternetAddress("asa.oberg@example.org")), List.of(written.getRecipients(Message.RecipientType.TO)));
        assertEquals("noreply@samverka.local", ((InternetAddress) written.getFrom()[0]).getAddress());
        assertEquals("Samverka", ((InternetAddress) written.getFrom()[0]).getPersonal());
        Multipart mixed = (Multipart) written.getContent();
        assertEquals(2, mixed.getCount());
        assertEquals("Hej Åsa!\n\nDu är anmäld till konferensen i Degerfors. Välkommen!\n", text(mixed.getBodyPart(0)));
        BodyPart calendar = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, calendar.getDisposition());
        assertEquals("samverkanskonferens.ics", calendar.getFileName());
        assertTrue(calendar.isMimeType("text/calendar"), calendar.getContentType());
        try (InputStream in = calendar.getInputStream()) {
            assertArrayEquals(ICS.getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
    }

    @Test
    void aPlainMailWithAnHtmlAlternativeAndASwedishFileName() throws Exception {
        Mail mail = Mail.to("kontakt@example.org").subject("Påminnelse").text("Vi ses på måndag.")
                .html("<p>Vi ses på <b>måndag</b>.</p>").attach("Närvarolista över deltagare.pdf", "application/pdf", new byte[] {1, 2, 3});
        MimeMessage written = writeAndReadBack(new OutgoingMail(mail, LocalDateTime.now()));

        Multipart mixed = (Multipart) written.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertEquals("Vi ses på måndag.", text(alternative.getBodyPart(0)));
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        assertEquals("<p>Vi ses på <b>måndag</b>.</p>", alternative.getBodyPart(1).getContent());
        assertEquals("Närvarolista över deltagare.pdf", mixed.getBodyPart(1).getFileName());
    }

    @Test
    void aMailWithoutAttachmentsIsOnePlainTextPart() throws Exception {
        MimeMessage written = writeAndReadBack(new OutgoingMail(
                Mail.to("a@example.org").subject("Ämne\r\nmed radbrytning").text("Räksmörgås"), LocalDateTime.now()));
        assertTrue(written.isMimeType("text/plain"));
        assertEquals("Räksmörgås", written.getContent());
        assertEquals("Ämne med radbrytning", written.getSubject());
    }

    private MimeMessage writeAndReadBack(OutgoingMail mail) throws Exception {
        MailComposer composer = new MailComposer(new InternetAddress("Samverka <noreply@samverka.local>", true));
        FileMailTransport transport = new FileMailTransport(folder.resolve("mail"));
        transport.send(composer.compose(mail));
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder.resolve("mail"))) {
            files = listing.toList();
        }
        assertEquals(1, files.size(), () -> "files: " + files);
        assertTrue(files.get(0).getFileName().toString().endsWith(".eml"));
        try (InputStream in = Files.newInputStream(files.get(0))) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static String text(BodyPart part) throws Exception {
        assertTrue(part.isMimeType("text/plain"), part.getContentType());
        return ((String) part.getContent()).replace("\r\n", "\n");   // mail text travels with CRLF
    }
}
