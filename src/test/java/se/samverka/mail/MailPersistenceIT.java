package se.samverka.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.TransactionManager;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.platform.NotFoundException;
import se.samverka.testing.Deployments;
import se.samverka.testing.MailServer;
import se.samverka.testing.PostgresDatabase;

/**
 * The outbox on the real database (H2, and PostgreSQL in the failsafe "postgresql" execution) and
 * real delivery: a mail exists only if the transaction that queued it commits, and is then sent by
 * SMTP to the GreenMail server that {@link MailServer} runs in the test JVM, read back here over IMAP.
 */
@ExtendWith({PostgresDatabase.class, MailServer.class, ArquillianExtension.class})
class MailPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(MailPersistenceIT.class, PostgresDatabase.class, MailServer.class);
    }

    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Samverka//test//SV\r\nBEGIN:VEVENT\r\n"
            + "UID:mail-it@samverka\r\nDTSTAMP:20270901T080000Z\r\nDTSTART:20270914T070000Z\r\n"
            + "SUMMARY:Samverkanskonferens på Älvhögskolan\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    @Inject
    MailService mails;

    @Inject
    MailDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = Deployments.TRANSACTION_MANAGER) // not UserTransaction: see there
    TransactionManager transaction;

    @Test
    void aMailQueuedInATransactionThatRollsBackIsNeverStored() throws Exception {
        String reference = "test:" + UUID.randomUUID();
        transaction.begin();
        mails.queue(confirmation("rollback@example.org", reference));
        transaction.rollback();

        assertTrue(mails.forReference(reference).isEmpty());
        delivery.deliverDue();
        assertTrue(mails.forReference(reference).isEmpty());
    }

    @Test
    void aCommittedMailIsStoredThenSentBySmtpWithItsCalendarFile() throws Exception {
        String reference = "test:" + UUID.randomUUID();
        String recipient = "deltagare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        transaction.begin();
        OutgoingMail queued = mails.queue(confirmation(recipient, reference));
        transaction.commit();

        OutgoingMail stored = mails.get(queued.getId());
        assertEquals(recipient, stored.getRecipient());
        assertEquals("samverkanskonferens.ics", stored.getAttachments().get(0).getFilename());
        assertArrayEquals(ICS.getBytes(StandardCharsets.UTF_8), stored.getAttachments().get(0).getContent());
        assertEquals(List.of(queued.getId()), mails.forReference(reference).stream().map(OutgoingMail::getId).toList());

        OutgoingMail sent = awaitSent(queued.getId());
        assertEquals(1, sent.getAttempts());
        assertTrue(mails.list(50).stream().anyMatch(mail -> mail.getId().equals(queued.getId())));

        Message received = receivedBy(recipient);
        assertEquals("Bekräftelse: Samverkanskonferens i Degerfors – välkommen!", received.getSubject());
        assertEquals("<samverka-mail-" + queued.getId() + "@samverka.local>", received.getHeader("Message-ID")[0]);
        Multipart mixed = (Multipart) received.getContent();
        assertEquals("Hej Åsa Öberg!\n\nDu är anmäld. Kalenderfilen är bifogad.\n",
                ((String) mixed.getBodyPart(0).getContent()).replace("\r\n", "\n"));
        Part calendar = mixed.getBodyPart(1);
        assertEquals("samverkanskonferens.ics", calendar.getFileName());
        assertTrue(calendar.isMimeType("text/calendar"), calendar.getContentType());
        try (InputStream in = calendar.getInputStream()) {
            assertEquals(ICS, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Two delivery rounds (two servers, say) find the same mails due: the second waits at the rows the first has
     * taken and, once the first commits, takes none of them. Each mail is attempted once.
     */
    @Test
    void twoRoundsRacingForTheSameMailsTakeEachMailOnce() throws Exception {
        String reference = "test:" + UUID.randomUUID();
        transaction.begin();
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queued.add(mails.queue(Mail.to("kapplopning-" + i + "@example.org").subject("Kapplöpning").text("Text")
                    .reference(reference)).getId());
        }
        transaction.commit();
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).plusSeconds(1);
        MailService.Claim first;
        Future<MailService.Claim> second;
        transaction.begin();
        try {
            first = mails.claim(now, 50); // at once, before the run the commit woke (250 ms later)
            second = executor.submit(() -> mails.claim(now, 50));
            Thread.sleep(500); // the second round reads the mails as due and waits at their row locks
        } finally {
            transaction.commit();
        }
        List<Long> byFirst = ids(first).stream().filter(queued::contains).toList();
        List<Long> bySecond = ids(second.get(30, TimeUnit.SECONDS)).stream().filter(queued::contains).toList();
        assertEquals(queued, byFirst);
        assertEquals(List.of(), bySecond);
        for (Long id : queued) {
            assertEquals(1, mails.get(id).getAttempts());
        }
    }

    private static List<Long> ids(MailService.Claim claim) {
        return claim.toSend().stream().map(OutgoingMail::getId).toList();
    }

    @Test
    void onlyAFailedMailCanBeSentAgain() throws Exception {
        OutgoingMail queued = mails.queue(Mail.to("igen@example.org").subject("Igen").text("Text"));
        awaitSent(queued.getId());
        assertThrows(InvalidMailException.class, () -> mails.sendAgain(queued.getId()));
        assertThrows(NotFoundException.class, () -> mails.get(-1L));
    }

    @Test
    void theOutboxKeepsItsTimesInStockholm() throws Exception {
        LocalDateTime before = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).withNano(0);
        OutgoingMail queued = mails.queue(Mail.to("tid@example.org").subject("Tid").text("Text"));
        OutgoingMail sent = awaitSent(queued.getId());
        LocalDateTime after = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).plusSeconds(1);
        for (LocalDateTime at : List.of(sent.getCreatedAt(), sent.getSentAt())) {
            assertTrue(!at.isBefore(before) && at.isBefore(after), at + " is not Stockholm time " + before);
        }
    }

    @Test
    void anInvalidMailIsRefusedBeforeAnythingIsStored() {
        assertThrows(InvalidMailException.class, () -> mails.queue(Mail.to("ingen adress").subject("s").text("t")));
    }

    private static Mail confirmation(String to, String reference) {
        return Mail.to(to)
                .subject("Bekräftelse: Samverkanskonferens i Degerfors – välkommen!")
                .text("Hej Åsa Öberg!\n\nDu är anmäld. Kalenderfilen är bifogad.\n")
                .attach("samverkanskonferens.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                        ICS.getBytes(StandardCharsets.UTF_8))
                .reference(reference);
    }

    /**
     * Waits for the mail to be sent: by the attempt right after the commit, or by a retry round this test
     * starts itself rather than waiting 30 s for the scheduler. A failed attempt is not retried for a minute,
     * so a real delivery failure ends the wait with its error.
     */
    private OutgoingMail awaitSent(Long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        OutgoingMail mail = mails.get(id);
        while (mail.getStatus() != MailStatus.SENT && Instant.now().isBefore(deadline)) {
            if (mail.getStatus() == MailStatus.QUEUED) {
                delivery.deliverDue();
            }
            Thread.sleep(100);
            mail = mails.get(id);
        }
        assertEquals(MailStatus.SENT, mail.getStatus(), "last error: " + mail.getLastError());
        return mail;
    }

    /** The one message in the recipient's GreenMail inbox, read over IMAP. */
    private static Message receivedBy(String recipient) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.connectiontimeout", "10000");
        properties.setProperty("mail.imap.timeout", "10000");
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect("localhost", MailServer.imapPort(), recipient, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            assertEquals(1, messages.length);
            return new MimeMessage((MimeMessage) messages[0]);
        }
    }
}
