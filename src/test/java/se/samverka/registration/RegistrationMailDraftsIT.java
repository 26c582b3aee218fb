package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.ProgrammeBuilder.aWorkshop;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.mail.Mail;
import se.samverka.mail.MailDelivery;
import se.samverka.mail.MailService;
import se.samverka.mail.MailStatus;
import se.samverka.mail.OutgoingMail;
import se.samverka.privacy.RegistrationAnonymiser;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.testdata.RegistrationBuilder;
import se.samverka.testing.Deployments;
import se.samverka.testing.MailServer;
import se.samverka.testing.MailServer.Received;
import se.samverka.testing.PostgresDatabase;

/**
 * Mail after commit (issue 14): a registration's transaction queues only a small draft (kind, registration,
 * recipient); the mail, with its text and calendar file, is written when it is delivered, says what happened
 * when it was queued, is dropped for a registration anonymised meanwhile, and is sent once however many
 * delivery runs race for it. Mails are read back from GreenMail ({@link MailServer}) over IMAP.
 */
@ExtendWith({PostgresDatabase.class, MailServer.class, ArquillianExtension.class})
class RegistrationMailDraftsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(RegistrationMailDraftsIT.class, PostgresDatabase.class, MailServer.class);
    }

    @Inject
    RegisterService registering;

    @Inject
    CancelService cancellations;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    MailService outbox;

    @Inject
    MailDelivery delivery;

    @Inject
    RegistrationAnonymiser anonymiser;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = Deployments.TRANSACTION_MANAGER) // not UserTransaction: see there
    TransactionManager transaction;

    @Resource(lookup = "java:app/jdbc/samverka")
    DataSource database;

    @Test
    void theTransactionQueuesADraftAndDeliveryWritesTheMailWithItsCalendarFile() throws Exception {
        Event event = events.create(anEvent().build());
        Session workshop = add(event, aWorkshop("Trygg skolväg").from("10:00").to("11:00").withSeats(5));
        RegistrationBuilder asa = aRegistration().named("Åsa", "Öberg").choosing(workshop.getId());

        transaction.begin();
        Registration registration = registering.register(event.getId(), asa.build(), false);
        List<OutgoingMail> queued = outbox.forReference("registration:" + registration.getId());
        transaction.commit();

        assertEquals(1, queued.size());
        OutgoingMail draft = queued.get(0);
        assertEquals("registration.confirmed", draft.getDraftKind());
        assertEquals(registration.getId(), draft.draft().subjectId());
        assertEquals(asa.email(), draft.getRecipient());
        assertFalse(draft.isWritten());
        assertNull(draft.getSubject());
        assertNull(draft.getTextBody());
        assertTrue(draft.getAttachments().isEmpty());

        Received mail = MailServer.inbox(asa.email(), 1, 120).get(0);
        assertEquals("Bekräftelse: du är anmäld till " + event.getTitle(), mail.subject());
        assertTrue(mail.text().startsWith("Hej Åsa!"), mail.text());
        assertTrue(mail.text().contains("Din plats är bekräftad"), mail.text());
        assertTrue(mail.text().contains("Workshop: Trygg skolväg (plats bekräftad)"), mail.text());
        assertTrue(mail.text().contains(registration.getCheckInCode()), mail.text());
        String calendar = mail.attachments().get(event.getSlug() + ".ics");
        assertTrue(calendar != null && calendar.startsWith("BEGIN:VCALENDAR"), mail.attachments().keySet().toString());
        assertTrue(calendar.contains("SUMMARY:Trygg skolväg"), calendar);

        OutgoingMail sent = awaitStatus(draft.getId(), MailStatus.SENT);
        assertTrue(sent.isWritten());
        assertEquals(mail.subject(), sent.getSubject());
        assertEquals(mail.text().strip(), sent.getTextBody().strip());
        assertEquals(List.of(event.getSlug() + ".ics"),
                sent.getAttachments().stream().map(a -> a.getFilename()).toList());
    }

    @Test
    void eachMailSaysWhatHappenedWhenItWasQueuedThoughItIsWrittenLater() throws Exception {
        Event event = events.create(anEvent().build());
        RegistrationBuilder per = aRegistration().named("Per", "Lind");

        transaction.begin();
        Registration registration = registering.register(event.getId(), per.build(), false);
        cancellations.cancel(registration.getManageToken());
        transaction.commit();

        List<String> subjects = MailServer.inbox(per.email(), 2, 120).stream().map(Received::subject).sorted().toList();
        assertEquals(List.of("Avbokning: " + event.getTitle(), "Bekräftelse: du är anmäld till " + event.getTitle()),
                subjects);
    }

    @Test
    void aPromotedPersonsMailNamesTheWorkshop() throws Exception {
        Event event = events.create(anEvent().build());
        Session workshop = add(event, aWorkshop("Läsfrämjande").from("13:00").to("14:00").withSeats(1));
        RegistrationBuilder seated = aRegistration().choosing(workshop.getId());
        RegistrationBuilder inLine = aRegistration().named("Lars", "Ek").choosing(workshop.getId());
        Registration first = registering.register(event.getId(), seated.build(), true);
        Registration waiting = registering.register(event.getId(), inLine.build(), true);

        transaction.begin();
        cancellations.cancel(first.getManageToken());
        List<OutgoingMail> queued = outbox.forReference("registration:" + waiting.getId());
        transaction.commit();

        OutgoingMail promotion = queued.stream()
                .filter(m -> "registration.promotedToWorkshop".equals(m.getDraftKind())).findFirst().orElseThrow();
        assertEquals(String.valueOf(workshop.getId()), promotion.draft().detail());
        Received mail = MailServer.inbox(inLine.email(), 2, 120).stream()
                .filter(m -> m.subject().startsWith("Du har fått en plats")).findFirst().orElseThrow();
        assertEquals("Du har fått en plats i workshoppen: " + event.getTitle(), mail.subject());
        assertTrue(mail.text().contains("En plats har blivit ledig i workshoppen Läsfrämjande"), mail.text());
        assertTrue(mail.text().contains("Workshop: Läsfrämjande (plats bekräftad)"), mail.text());
        assertTrue(mail.attachments().get(event.getSlug() + ".ics").contains("SUMMARY:Läsfrämjande"));
    }

    @Test
    void theDraftOfARegistrationAnonymisedBeforeDeliveryIsDroppedNotSent() throws Exception {
        Event event = events.create(anEvent().build());
        RegistrationBuilder gone = aRegistration();
        RegistrationBuilder kept = aRegistration();

        transaction.begin();
        Registration erased = registering.register(event.getId(), gone.build(), false);
        Registration other = registering.register(event.getId(), kept.build(), false);
        assertEquals(1, outbox.forReference("registration:" + erased.getId()).size());
        anonymiser.anonymise(List.of(erased.getId()), LocalDateTime.now(ZoneId.of("Europe/Stockholm")));
        transaction.commit();

        assertEquals(1, MailServer.inbox(kept.email(), 1, 120).size(), "the other one's mail goes");
        long deadline = System.currentTimeMillis() + 60_000;
        while (!outbox.forReference("registration:" + erased.getId()).isEmpty()
                && System.currentTimeMillis() < deadline) {
            delivery.deliverDue();
            Thread.sleep(200);
        }
        assertTrue(outbox.forReference("registration:" + erased.getId()).isEmpty(), "dropped, not kept for retries");
        assertTrue(MailServer.inbox(gone.email(), 1, 3).isEmpty(), "nothing sent to the anonymised address");
        assertEquals(MailStatus.SENT,
                awaitStatus(outbox.forReference("registration:" + other.getId()).get(0).getId(), MailStatus.SENT)
                        .getStatus());
    }

    /**
     * 120 mails become due at one instant while two runs start together (and the after-commit run and the retry
     * round may join): each is sent exactly once.
     */
    @Test
    void twoDeliveryRunsAtOnceSendEachMailExactlyOnce() throws Exception {
        String reference = "test:" + UUID.randomUUID();
        String address = "race-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        int count = 120;
        transaction.begin();
        for (int i = 0; i < count; i++) {
            outbox.queue(Mail.to(address).subject("Utskick " + i).text("Brev nummer " + i).reference(reference));
        }
        outbox.forReference(reference);
        setNextAttempt(reference, LocalDateTime.now(ZoneId.of("Europe/Stockholm")).plusHours(1));
        transaction.commit();

        transaction.begin();
        setNextAttempt(reference, LocalDateTime.now(ZoneId.of("Europe/Stockholm")).minusSeconds(1));
        transaction.commit();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit(() -> {
                start.await();
                delivery.deliverDue();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(3, TimeUnit.MINUTES);
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (outbox.forReference(reference).stream().anyMatch(m -> m.getStatus() != MailStatus.SENT)
                && System.currentTimeMillis() < deadline) {
            delivery.deliverDue();
            Thread.sleep(250);
        }
        Map<MailStatus, Long> statuses = outbox.forReference(reference).stream()
                .collect(Collectors.groupingBy(OutgoingMail::getStatus, Collectors.counting()));
        assertEquals(Map.of(MailStatus.SENT, (long) count), statuses);
        assertTrue(outbox.forReference(reference).stream().allMatch(m -> m.getAttempts() == 1),
                "each mail taken for one attempt only");

        MailServer.subjects(address, count, 120);
        Thread.sleep(2000);
        List<String> received = MailServer.subjects(address, count, 1);
        assertEquals(count, received.size(), "no mail twice, none lost");
        assertEquals(count, Set.copyOf(received).size(), "each subject once");
    }

    private void setNextAttempt(String reference, LocalDateTime at) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update outgoing_mail set next_attempt_at = ? where reference = ?")) {
            update.setTimestamp(1, Timestamp.valueOf(at));
            update.setString(2, reference);
            update.executeUpdate();
        }
    }

    private OutgoingMail awaitStatus(Long id, MailStatus status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        OutgoingMail mail = outbox.get(id);
        while (mail.getStatus() != status && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            mail = outbox.get(id);
        }
        assertEquals(status, mail.getStatus(), mail.getLastError());
        return mail;
    }

    private Session add(Event event, se.samverka.testdata.ProgrammeBuilder.SessionSpec session) {
        return program.create(event.getId(), session.details(event.getStartDate()));
    }
}
