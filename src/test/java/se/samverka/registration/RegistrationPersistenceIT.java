package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.ProgrammeBuilder.aWorkshop;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.mail.MailService;
import se.samverka.mail.OutgoingMail;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.testdata.EventBuilder;
import se.samverka.testdata.ProgrammeBuilder.SessionSpec;
import se.samverka.testdata.RegistrationBuilder;
import se.samverka.testing.Deployments;
import se.samverka.testing.MailServer;
import se.samverka.testing.MailServer.Received;
import se.samverka.testing.PostgresDatabase;

/**
 * Seats, waiting lists and their database lock, on H2 and on PostgreSQL: never overbooked, not even
 * when 50 people press "register" at the same instant. Every test makes its own event and people
 * (unique titles and addresses from the builders), since the PostgreSQL run shares one database. The mails
 * these changes send are read back from GreenMail ({@link MailServer}) over IMAP.
 */
@ExtendWith({PostgresDatabase.class, MailServer.class, ArquillianExtension.class})
class RegistrationPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(RegistrationPersistenceIT.class, PostgresDatabase.class, MailServer.class);
    }

    @Inject
    RegistrationDirectory registrations;

    @Inject
    RegisterService registering;

    @Inject
    ChangeService changes;

    @Inject
    CancelService cancellations;

    @Inject
    ApprovalService approvals;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    EventReminders reminders;

    @Inject
    MailService outbox;

    @Inject
    QuestionService questions;

    @Inject
    ImportService imports;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = Deployments.TRANSACTION_MANAGER) // not UserTransaction: see there
    TransactionManager transaction;

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void fiftyAtOnceForTenSeatsGivesExactlyTenConfirmed() throws Exception {
        Event event = events.create(anEvent().withCapacity(10).build());
        Session workshop = add(event, aWorkshop("Workshop").from("10:00").to("11:00").withSeats(4));
        CountDownLatch start = new CountDownLatch(1);
        // at most as many at once as the server has request threads (scripts/run: 32, fewer than the pool's 40
        // connections): the container's executor has no such limit, and fifty registrations holding or waiting
        // for connections at once can stall as a rush with 200 request threads did (docs/performance.md)
        Semaphore requestThreads = new Semaphore(32);
        List<Future<RegistrationStatus>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            RegistrationRequest person = aRegistration().choosing(workshop.getId()).build();
            results.add(executor.submit(() -> {
                start.await();
                requestThreads.acquire();
                try {
                    return registering.register(event.getId(), person, false).getStatus();
                } finally {
                    requestThreads.release();
                }
            }));
        }
        start.countDown();
        long confirmed = 0;
        for (Future<RegistrationStatus> result : results) {
            if (result.get(2, TimeUnit.MINUTES) == RegistrationStatus.CONFIRMED) {
                confirmed++;
            }
        }
        assertEquals(10, confirmed);
        assertEquals(10, registrations.list(event.getId(), null, RegistrationStatus.CONFIRMED).size());
        assertEquals(40, registrations.list(event.getId(), null, RegistrationStatus.WAITLISTED).size());
        long seated = registrations.list(event.getId(), null, RegistrationStatus.CONFIRMED).stream()
                .filter(r -> r.choice(workshop).orElseThrow().isSeated()).count();
        assertEquals(4, seated, "the workshop has four seats");
    }

    /**
     * A rush that queues up behind a held event counter, with two requests for one address in it: once the counter
     * is free, the second of the two is refused as a duplicate and everyone else is registered; the seats go to the
     * first ten in line, and the line numbers have no gaps (the refused request's transaction kept none).
     */
    @Test
    void aRushWithADuplicateInItRegistersEveryoneElseInLineOrder() throws Exception {
        Event event = events.create(anEvent().withCapacity(10).build());
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = holdCounter(SeatCounter.eventKey(event.getId()), release);
        RegistrationBuilder twice = aRegistration();
        List<RegistrationRequest> people = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            people.add(i == 12 || i == 13 ? twice.build() : aRegistration().build());
        }
        Semaphore requestThreads = new Semaphore(31); // one connection is the holder's
        List<Future<Registration>> results = new ArrayList<>();
        for (RegistrationRequest person : people) {
            results.add(executor.submit(() -> {
                requestThreads.acquire();
                try {
                    return registering.register(event.getId(), person, false);
                } finally {
                    requestThreads.release();
                }
            }));
        }
        Thread.sleep(500); // the requests reach the held counter
        assertTrue(results.stream().filter(Future::isDone).count() <= 1,
                "all wait for the event's counter (but the duplicate, which may be refused at the unique key)");
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
        int refused = 0;
        for (Future<Registration> result : results) {
            try {
                assertNotNull(result.get(2, TimeUnit.MINUTES));
            } catch (java.util.concurrent.ExecutionException e) {
                assertTrue(e.getCause() instanceof DuplicateRegistrationException, e.getCause().toString());
                refused++;
            }
        }
        assertEquals(1, refused, "only the second of the two with one address");
        List<Registration> all = registrations.list(event.getId(), null, null);
        assertEquals(23, all.size());
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 23).boxed().toList(),
                all.stream().map(Registration::getLineNumber).sorted().toList(), "line numbers without gaps");
        long lastConfirmed = all.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
                .mapToLong(Registration::getLineNumber).max().orElseThrow();
        assertEquals(10, all.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).count());
        assertEquals(10, lastConfirmed, "the seats went to the first ten in line");
    }

    /**
     * Registrations for two workshops of one event do not wait for each other: while another transaction holds the
     * seat counter of workshop A, a registration for workshop B completes, and one for A waits until A is free.
     */
    @Test
    void twoWorkshopsOfOneEventAreNotSerialised() throws Exception {
        Event event = events.create(anEvent().withCapacity(100).build());
        Session a = add(event, aWorkshop("A").from("10:00").to("11:00").withSeats(10));
        Session b = add(event, aWorkshop("B").from("10:00").to("11:00").withSeats(10));
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = holdCounter(SeatCounter.sessionKey(a.getId()), release);
        RegistrationRequest forA = aRegistration().choosing(a.getId()).build();
        Future<Registration> waitingForA = executor.submit(() -> registering.register(event.getId(), forA, false));
        Registration forB = executor.submit(() -> registering.register(event.getId(),
                aRegistration().choosing(b.getId()).build(), false)).get(20, TimeUnit.SECONDS);
        assertEquals(ChoiceStatus.CONFIRMED, forB.choice(b).orElseThrow().getStatus(), "B went ahead while A was held");
        assertFalse(waitingForA.isDone(), "A waits for its own counter");
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
        Registration inA = waitingForA.get(30, TimeUnit.SECONDS);
        assertEquals(RegistrationStatus.CONFIRMED, inA.getStatus());
        assertEquals(ChoiceStatus.CONFIRMED, inA.choice(a).orElseThrow().getStatus());
        assertTrue(inA.getLineNumber() > forB.getLineNumber(), "the event's counter took B first");
    }

    /** Another transaction locks the seat counter and holds it until {@code release}; returns once it is held. */
    private Future<?> holdCounter(String key, CountDownLatch release) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        Future<?> holder = executor.submit(() -> {
            transaction.begin();
            try {
                assertNotNull(em.find(SeatCounter.class, key, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
                held.countDown();
                release.await(60, TimeUnit.SECONDS);
            } finally {
                transaction.commit();
            }
            return null;
        });
        assertTrue(held.await(30, TimeUnit.SECONDS));
        return holder;
    }

    @Test
    void aCancellationPromotesTheFirstInLine() {
        Event event = events.create(anEvent().withCapacity(1).build());
        Registration first = registering.register(event.getId(), aRegistration().build(), false);
        Registration second = registering.register(event.getId(), aRegistration().build(), false);
        Registration third = registering.register(event.getId(), aRegistration().build(), false);
        assertEquals(RegistrationStatus.WAITLISTED, second.getStatus());
        assertEquals(1, registrations.positionInLine(second));
        assertEquals(2, registrations.positionInLine(third));

        cancellations.cancel(first.getManageToken());
        assertEquals(RegistrationStatus.CONFIRMED, registrations.byToken(second.getManageToken()).getStatus());
        Registration stillWaiting = registrations.byToken(third.getManageToken());
        assertEquals(RegistrationStatus.WAITLISTED, stillWaiting.getStatus());
        assertEquals(1, registrations.positionInLine(stillWaiting));
    }

    @Test
    void moreSeatsMoveTheLineUp() {
        EventBuilder oneSeat = anEvent().withCapacity(1);
        Event event = events.create(oneSeat.build());
        registering.register(event.getId(), aRegistration().build(), false);
        Registration waiting = registering.register(event.getId(), aRegistration().build(), false);
        events.update(event.getId(), oneSeat.withSlug(event.getSlug()).withCapacity(2).build());
        assertEquals(RegistrationStatus.CONFIRMED, registrations.byToken(waiting.getManageToken()).getStatus());
    }

    @Test
    void aFullWorkshopKeepsTheOtherChoices() {
        Event event = events.create(anEvent().build());
        Session small = add(event, aWorkshop("Liten").from("10:00").to("11:00").withSeats(1));
        Session other = add(event, aWorkshop("Annan").from("13:00").to("14:00").withSeats(5));
        Registration first = registering.register(event.getId(), aRegistration().choosing(small.getId()).build(),
                false);
        Registration second = registering.register(event.getId(),
                aRegistration().choosing(small.getId(), other.getId()).build(), false);
        assertEquals(RegistrationStatus.CONFIRMED, second.getStatus());
        assertEquals(ChoiceStatus.WAITLISTED, second.choice(small).orElseThrow().getStatus());
        assertEquals(ChoiceStatus.CONFIRMED, second.choice(other).orElseThrow().getStatus());

        RegistrationChange noWorkshops = new RegistrationChange(List.of(), null, null, null, null, null);
        changes.change(first.getManageToken(), noWorkshops);
        Registration moved = registrations.byToken(second.getManageToken());
        assertEquals(ChoiceStatus.CONFIRMED, moved.choice(small).orElseThrow().getStatus());
    }

    @Test
    void overlappingWorkshopsAreRefused() {
        Event event = events.create(anEvent().build());
        Session a = add(event, aWorkshop("A").from("10:00").to("11:00").withSeats(5));
        Session b = add(event, aWorkshop("B").from("10:00").to("11:00").withSeats(5));
        RegistrationRequest both = aRegistration().choosing(a.getId(), b.getId()).build();
        InvalidRegistrationException refusal = assertThrows(InvalidRegistrationException.class,
                () -> registering.register(event.getId(), both, false));
        assertEquals("sessionIds", refusal.field());
        assertTrue(registrations.list(event.getId(), null, null).isEmpty(), "nothing half-saved");
    }

    @Test
    void theSameAddressCannotRegisterTwiceUntilItCancels() {
        Event event = events.create(anEvent().build());
        RegistrationBuilder first = aRegistration();
        Registration registered = registering.register(event.getId(), first.build(), false);
        RegistrationRequest again = aRegistration().withEmail(first.email().toUpperCase()).build();
        assertThrows(DuplicateRegistrationException.class, () -> registering.register(event.getId(), again, false));
        cancellations.cancel(registered.getManageToken());
        assertEquals(RegistrationStatus.CONFIRMED, registering.register(event.getId(), again, false).getStatus());
    }

    @Test
    void aClosedWindowRefusesOnlineRegistrationButNotTheOrganiser() {
        Event event = events.create(anEvent().lastingDays(1).registrationClosed().build());
        RegistrationRequest late = aRegistration().build();
        assertThrows(RegistrationClosedException.class, () -> registering.register(event.getId(), late, false));
        assertEquals(RegistrationStatus.CONFIRMED, registering.register(event.getId(), late, true).getStatus());
    }

    @Test
    void approvalModeKeepsRegistrationsPendingUntilDecided() {
        Event event = events.create(anEvent().withCapacity(1).build());
        events.changeRegistrationPolicy(event.getId(), true, false);
        Registration a = registering.register(event.getId(), aRegistration().build(), false);
        Registration b = registering.register(event.getId(), aRegistration().build(), false);
        Registration c = registering.register(event.getId(), aRegistration().build(), false);
        assertEquals(RegistrationStatus.PENDING, a.getStatus());
        assertEquals(RegistrationStatus.CONFIRMED, approvals.approve(event.getId(), a.getId()).getStatus());
        assertEquals(RegistrationStatus.WAITLISTED, approvals.approve(event.getId(), b.getId()).getStatus());
        assertEquals(RegistrationStatus.DECLINED, approvals.decline(event.getId(), c.getId()).getStatus());
        assertThrows(RegistrationNotActiveException.class, () -> approvals.approve(event.getId(), c.getId()));
    }

    @Test
    void anUnknownTokenRevealsNothing() {
        assertThrows(NotFoundException.class, () -> registrations.byToken("AAAAAAAAAAAAAAAAAAAAAA"));
        assertThrows(NotFoundException.class, () -> registrations.byToken("short"));
    }

    @Test
    void tokensAreLongAndCodesShortAndUnique() {
        Event event = events.create(anEvent().build());
        Registration a = registering.register(event.getId(), aRegistration().build(), false);
        Registration b = registering.register(event.getId(), aRegistration().build(), false);
        assertTrue(a.getManageToken().length() >= 22);
        assertTrue(a.getCheckInCode().matches("[A-Z2-9]{6}"), a.getCheckInCode());
        assertTrue(!a.getCheckInCode().equals(b.getCheckInCode()));
        assertEquals(Map.of(), a.getAnswers());
    }

    @Test
    void daysComeBackInDateOrder() {
        EventBuilder threeDays = anEvent().lastingDays(3);
        Event event = events.create(threeDays.build());
        LocalDate first = threeDays.firstDay();
        Registration registered = registering.register(event.getId(),
                aRegistration().onDays(first.plusDays(2), first, first.plusDays(1)).build(), true);
        assertEquals(List.of(first, first.plusDays(1), first.plusDays(2)),
                List.copyOf(registrations.byToken(registered.getManageToken()).getDays()));
    }

    @Test
    void pendingAndDeclinedMailsSayWhatIsTrueAndCarryTheContact() throws Exception {
        Event event = events.create(anEvent().build());
        Session workshop = add(event, aWorkshop("Trygg skolväg").from("10:00").to("11:00").withSeats(5));
        events.changeRegistrationPolicy(event.getId(), true, false);
        configure(event, null, "Anna Berg", "anna.berg@degerfors.example", "0586-480 00");
        RegistrationBuilder asa = aRegistration().named("Åsa", "Öberg").choosing(workshop.getId());
        Registration pending = registering.register(event.getId(), asa.build(), false);

        Received requested = mail(asa.email(), 1, "Vi har tagit emot");
        assertTrue(requested.text().contains("Workshop: Trygg skolväg (önskad)"), requested.text());
        assertFalse(requested.text().contains("väntelista"), requested.text());
        String contact = "Frågor? Kontakta arrangören: Anna Berg, anna.berg@degerfors.example, tfn 0586-480 00";
        assertTrue(requested.text().contains(contact), requested.text());
        assertTrue(requested.html().contains("Anna Berg, <a href=\"mailto:anna.berg@degerfors.example\">"),
                requested.html());

        approvals.decline(event.getId(), pending.getId());
        Received declined = mail(asa.email(), 2, "Din anmälan till");
        assertTrue(declined.text().contains("inte godkännas"), declined.text());
        assertNoManageLinkNorCode(declined, pending);
        assertTrue(declined.text().contains(contact), declined.text());
    }

    @Test
    void theOrganisersCancellationIsTheirsAndAWorkshopSeatIsNamed() throws Exception {
        Event event = events.create(anEvent().build());
        Session workshop = add(event, aWorkshop("Trygg skolväg").from("10:00").to("11:00").withSeats(1));
        RegistrationBuilder seated = aRegistration().named("Sune", "Ek").choosing(workshop.getId());
        RegistrationBuilder inLine = aRegistration().named("Lars", "Ek").choosing(workshop.getId());
        Registration cancelled = registering.register(event.getId(), seated.build(), true);
        Registration waiting = registering.register(event.getId(), inLine.build(), true);
        assertEquals(ChoiceStatus.WAITLISTED, waiting.choice(workshop).orElseThrow().getStatus());

        cancellations.cancelByOrganiser(event.getId(), cancelled.getId(), true);
        Received byOrganiser = mail(seated.email(), 2, "Arrangören");
        assertEquals("Arrangören har avbokat din anmälan: " + event.getTitle(), byOrganiser.subject());
        assertTrue(byOrganiser.text().contains("Arrangören av " + event.getTitle()), byOrganiser.text());
        assertFalse(byOrganiser.text().contains("Välkommen tillbaka"), byOrganiser.text());
        assertNoManageLinkNorCode(byOrganiser, cancelled);

        Received promoted = mail(inLine.email(), 2, "Du har fått en plats");
        assertEquals("Du har fått en plats i workshoppen: " + event.getTitle(), promoted.subject());
        assertTrue(promoted.text().contains("En plats har blivit ledig i workshoppen Trygg skolväg"), promoted.text());
        assertTrue(promoted.text().contains("Workshop: Trygg skolväg (plats bekräftad)"), promoted.text());

        Registration quiet = registering.register(event.getId(), aRegistration().build(), true);
        cancellations.cancelByOrganiser(event.getId(), quiet.getId(), false);
        assertEquals(RegistrationStatus.CANCELLED, registrations.get(event.getId(), quiet.getId()).getStatus());
        assertEquals(1, outbox.forReference("registration:" + quiet.getId()).size(), "only the confirmation");

        Received own = mail(seated.email(), 2, "Bekräftelse");
        assertFalse(own.text().contains("Kontakta arrangören"), "no contact, no contact line: " + own.text());
    }

    @Test
    void theReminderGoesOnceToExactlyTheConfirmedWithProgrammeAndCalendar() throws Exception {
        EventBuilder twoSeats = anEvent().withCapacity(2).at("Folkets hus, Degerfors");
        Event event = events.create(twoSeats.build());
        Session workshop = add(event, aWorkshop("Trygg skolväg").from("10:00").to("11:00").withSeats(5));
        events.changeRegistrationPolicy(event.getId(), true, false);
        configure(event, 2, "Anna Berg", "anna.berg@degerfors.example", null);
        RegistrationBuilder asa = aRegistration().named("Åsa", "Öberg").choosing(workshop.getId());
        RegistrationBuilder per = aRegistration().named("Per", "Polis");
        Registration withWorkshop = registering.register(event.getId(), asa.build(), true);
        Registration plain = registering.register(event.getId(), per.build(), true);
        registering.register(event.getId(), aRegistration().build(), false);
        Registration waiting = registering.register(event.getId(), aRegistration().build(), true);
        Registration gone = registering.register(event.getId(), aRegistration().build(), true);
        cancellations.cancel(event.getId(), gone.getId());
        assertEquals(RegistrationStatus.WAITLISTED, registrations.get(event.getId(), waiting.getId()).getStatus());

        LocalDate first = twoSeats.firstDay();
        String reference = "reminder:" + event.getId();
        reminders.sendDue(first.minusDays(2).atTime(7, 59));
        assertTrue(outbox.forReference(reference).isEmpty(), "not before 08:00 two days before");
        assertTrue(reminders.sendDue(first.minusDays(2).atTime(8, 5)) >= 2);
        reminders.sendDue(first.minusDays(1).atTime(9, 5));
        List<String> recipients = outbox.forReference(reference).stream().map(OutgoingMail::getRecipient).sorted()
                .toList();
        assertEquals(List.of(asa.email(), per.email()).stream().sorted().toList(), recipients);
        assertNotNull(events.get(event.getId()).getReminderSentAt());

        Received reminder = mail(asa.email(), 2, "Påminnelse");
        assertEquals("Påminnelse: " + event.getTitle(), reminder.subject());
        assertTrue(reminder.text().contains("Ditt program:\n"), reminder.text());
        assertTrue(reminder.text().contains("  10:00–11:00 Trygg skolväg"), reminder.text());
        assertTrue(reminder.text().contains("Workshop: Trygg skolväg (plats bekräftad)"), reminder.text());
        assertTrue(reminder.text().contains("Plats: Folkets hus, Degerfors"), reminder.text());
        assertTrue(reminder.text().contains("/r/" + withWorkshop.getManageToken()), reminder.text());
        assertTrue(reminder.text().contains("Kontakta arrangören: Anna Berg, anna.berg@degerfors.example\n"),
                reminder.text());
        String ics = unfolded(reminder.attachments().get(event.getSlug() + ".ics"));
        assertNotNull(ics, reminder.attachments().keySet().toString());
        assertTrue(ics.contains("BEGIN:VEVENT") && ics.contains("SUMMARY:Trygg skolväg"), ics);

        Received noSessions = mail(per.email(), 2, "Påminnelse");
        String days = unfolded(noSessions.attachments().get(event.getSlug() + ".ics"));
        assertTrue(days.contains("SUMMARY:" + event.getTitle()) && days.contains("LOCATION:Folkets hus"), days);
        assertEquals(1, outbox.forReference("registration:" + plain.getId()).size());
    }

    /** Sets the reminder and the contact on the event (as its form does). */
    private void configure(Event event, Integer reminderDays, String name, String email, String phone)
            throws Exception {
        transaction.begin();
        Event managed = events.lockForSeats(event.getId());
        managed.remindDaysBefore(reminderDays);
        managed.contact(name, email, phone);
        transaction.commit();
    }

    /** The one mail whose subject starts so, once the address has {@code count} mails (they may arrive in any order). */
    private static Received mail(String address, int count, String subjectStart) throws Exception {
        List<Received> mails = MailServer.inbox(address, count, 120);
        List<Received> matching = mails.stream().filter(mail -> mail.subject().startsWith(subjectStart)).toList();
        assertEquals(1, matching.size(), mails.stream().map(Received::subject).toList().toString());
        return matching.get(0);
    }

    /** An iCalendar text with its folded lines joined again. */
    private static String unfolded(String ics) {
        return ics == null ? null : ics.replace("\r\n ", "").replace("\r\n", "\n");
    }

    private static void assertNoManageLinkNorCode(Received mail, Registration registration) {
        assertFalse(mail.text().contains(registration.getManageToken()), mail.text());
        assertFalse(mail.text().contains(registration.getCheckInCode()), mail.text());
        assertFalse(mail.text().contains("Se, ändra eller avboka"), mail.text());
        assertFalse(mail.html().contains(registration.getManageToken()), mail.html());
    }

    /**
     * An event asks a required question: the import still brings everyone in (an answer from the column named
     * like the question where there is one, none where not), while the participant's own form must answer it.
     * An import with one row the rules refuse saves no row at all.
     */
    @Test
    void anImportAnswersWhatItCanOfARequiredQuestionAndIsNeverHalfSaved() {
        Event event = events.create(anEvent().build());
        Question lunch = questions.create(event.getId(), "Vill du äta lunch?", "Do you want lunch?",
                QuestionKind.YES_NO, null, true);
        questions.create(event.getId(), "Vilken kommun?", null, QuestionKind.TEXT, null, true);
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String csv = "förnamn;efternamn;e-post;organisation;sektor;Vill du äta lunch?\n"
                + "Åsa;Öberg;asa." + tag + "@example.se;Förskolan Solrosen;POLICE;Ja\n"
                + "Per;Lind;per." + tag + "@example.se;Polisen;POLICE;\n";

        ImportPreview preview = imports.preview(event.getId(), csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(preview.isImportable(), preview.getFileErrors() + " " + preview.getRows().stream()
                .map(ImportRow::getErrors).toList());
        List<Registration> imported = imports.importAll(event.getId(), preview.validRequests());
        assertEquals(List.of(Map.of(lunch.getId(), "yes"), Map.of()),
                imported.stream().map(registration -> registrations.byToken(registration.getManageToken())
                        .getAnswers()).toList());
        assertThrows(InvalidRegistrationException.class, () -> registering.register(event.getId(),
                aRegistration().build(), false), "the participant's own form must answer");

        RegistrationRequest fine = aRegistration().build();
        RegistrationRequest wrongAnswer = withAnswer(aRegistration().build(), lunch.getId(), "kanske");
        assertThrows(ImportService.ImportFailedException.class,
                () -> imports.importAll(event.getId(), List.of(fine, wrongAnswer)));
        assertEquals(2, registrations.list(event.getId(), null, null).size(), "the first row of it is not saved");
    }

    private static RegistrationRequest withAnswer(RegistrationRequest r, long questionId, String answer) {
        return new RegistrationRequest(r.firstName(), r.lastName(), r.email(), r.phone(), r.organisation(),
                r.sector(), r.title(), r.days(), r.sessionIds(), r.dietary(), r.accessibility(),
                Map.of(String.valueOf(questionId), answer), true, false, null);
    }

    /** Adds the session to the event's programme, on its first day. */
    private Session add(Event event, SessionSpec session) {
        return program.create(event.getId(), session.details(event.getStartDate()));
    }
}
