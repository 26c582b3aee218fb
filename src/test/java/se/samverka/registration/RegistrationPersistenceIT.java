package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.ProgrammeBuilder.aWorkshop;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.testdata.EventBuilder;
import se.samverka.testdata.ProgrammeBuilder.SessionSpec;
import se.samverka.testdata.RegistrationBuilder;
import se.samverka.testing.Deployments;
import se.samverka.testing.PostgresDatabase;

/**
 * Seats, waiting lists and their database lock, on H2 and on PostgreSQL: never overbooked, not even
 * when 50 people press "register" at the same instant. Every test makes its own event and people
 * (unique titles and addresses from the builders), since the PostgreSQL run shares one database.
 */
@ExtendWith({PostgresDatabase.class, ArquillianExtension.class})
class RegistrationPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(RegistrationPersistenceIT.class, PostgresDatabase.class);
    }

    @Inject
    RegistrationService registrations;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    QuestionService questions;

    @Inject
    ImportService imports;

    @Resource
    ManagedExecutorService executor;

    @Test
    void fiftyAtOnceForTenSeatsGivesExactlyTenConfirmed() throws Exception {
        Event event = events.create(anEvent().withCapacity(10).build());
        Session workshop = add(event, aWorkshop("Workshop").from("10:00").to("11:00").withSeats(4));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationStatus>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            RegistrationRequest person = aRegistration().choosing(workshop.getId()).build();
            results.add(executor.submit(() -> {
                start.await();
                return registrations.register(event.getId(), person, false).getStatus();
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

    @Test
    void aCancellationPromotesTheFirstInLine() {
        Event event = events.create(anEvent().withCapacity(1).build());
        Registration first = registrations.register(event.getId(), aRegistration().build(), false);
        Registration second = registrations.register(event.getId(), aRegistration().build(), false);
        Registration third = registrations.register(event.getId(), aRegistration().build(), false);
        assertEquals(RegistrationStatus.WAITLISTED, second.getStatus());
        assertEquals(1, registrations.positionInLine(second));
        assertEquals(2, registrations.positionInLine(third));

        registrations.cancel(first.getManageToken());
        assertEquals(RegistrationStatus.CONFIRMED, registrations.byToken(second.getManageToken()).getStatus());
        Registration stillWaiting = registrations.byToken(third.getManageToken());
        assertEquals(RegistrationStatus.WAITLISTED, stillWaiting.getStatus());
        assertEquals(1, registrations.positionInLine(stillWaiting));
    }

    @Test
    void moreSeatsMoveTheLineUp() {
        EventBuilder oneSeat = anEvent().withCapacity(1);
        Event event = events.create(oneSeat.build());
        registrations.register(event.getId(), aRegistration().build(), false);
        Registration waiting = registrations.register(event.getId(), aRegistration().build(), false);
        events.update(event.getId(), oneSeat.withSlug(event.getSlug()).withCapacity(2).build());
        assertEquals(RegistrationStatus.CONFIRMED, registrations.byToken(waiting.getManageToken()).getStatus());
    }

    @Test
    void aFullWorkshopKeepsTheOtherChoices() {
        Event event = events.create(anEvent().build());
        Session small = add(event, aWorkshop("Liten").from("10:00").to("11:00").withSeats(1));
        Session other = add(event, aWorkshop("Annan").from("13:00").to("14:00").withSeats(5));
        Registration first = registrations.register(event.getId(), aRegistration().choosing(small.getId()).build(),
                false);
        Registration second = registrations.register(event.getId(),
                aRegistration().choosing(small.getId(), other.getId()).build(), false);
        assertEquals(RegistrationStatus.CONFIRMED, second.getStatus());
        assertEquals(ChoiceStatus.WAITLISTED, second.choice(small).orElseThrow().getStatus());
        assertEquals(ChoiceStatus.CONFIRMED, second.choice(other).orElseThrow().getStatus());

        RegistrationChange noWorkshops = new RegistrationChange(List.of(), null, null, null, null, null);
        registrations.change(first.getManageToken(), noWorkshops);
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
                () -> registrations.register(event.getId(), both, false));
        assertEquals("sessionIds", refusal.field());
        assertTrue(registrations.list(event.getId(), null, null).isEmpty(), "nothing half-saved");
    }

    @Test
    void theSameAddressCannotRegisterTwiceUntilItCancels() {
        Event event = events.create(anEvent().build());
        RegistrationBuilder first = aRegistration();
        Registration registered = registrations.register(event.getId(), first.build(), false);
        RegistrationRequest again = aRegistration().withEmail(first.email().toUpperCase()).build();
        assertThrows(DuplicateRegistrationException.class, () -> registrations.register(event.getId(), again, false));
        registrations.cancel(registered.getManageToken());
        assertEquals(RegistrationStatus.CONFIRMED, registrations.register(event.getId(), again, false).getStatus());
    }

    @Test
    void aClosedWindowRefusesOnlineRegistrationButNotTheOrganiser() {
        Event event = events.create(anEvent().lastingDays(1).registrationClosed().build());
        RegistrationRequest late = aRegistration().build();
        assertThrows(RegistrationClosedException.class, () -> registrations.register(event.getId(), late, false));
        assertEquals(RegistrationStatus.CONFIRMED, registrations.register(event.getId(), late, true).getStatus());
    }

    @Test
    void approvalModeKeepsRegistrationsPendingUntilDecided() {
        Event event = events.create(anEvent().withCapacity(1).build());
        events.changeRegistrationPolicy(event.getId(), true, false);
        Registration a = registrations.register(event.getId(), aRegistration().build(), false);
        Registration b = registrations.register(event.getId(), aRegistration().build(), false);
        Registration c = registrations.register(event.getId(), aRegistration().build(), false);
        assertEquals(RegistrationStatus.PENDING, a.getStatus());
        assertEquals(RegistrationStatus.CONFIRMED, registrations.approve(event.getId(), a.getId()).getStatus());
        assertEquals(RegistrationStatus.WAITLISTED, registrations.approve(event.getId(), b.getId()).getStatus());
        assertEquals(RegistrationStatus.DECLINED, registrations.decline(event.getId(), c.getId()).getStatus());
        assertThrows(RegistrationNotActiveException.class, () -> registrations.approve(event.getId(), c.getId()));
    }

    @Test
    void anUnknownTokenRevealsNothing() {
        assertThrows(NotFoundException.class, () -> registrations.byToken("AAAAAAAAAAAAAAAAAAAAAA"));
        assertThrows(NotFoundException.class, () -> registrations.byToken("short"));
    }

    @Test
    void tokensAreLongAndCodesShortAndUnique() {
        Event event = events.create(anEvent().build());
        Registration a = registrations.register(event.getId(), aRegistration().build(), false);
        Registration b = registrations.register(event.getId(), aRegistration().build(), false);
        assertTrue(a.getManageToken().length() >= 22);
        assertTrue(a.getCheckInCode().matches("[A-Z2-9]{6}"), a.getCheckInCode());
        assertTrue(!a.getCheckInCode().equals(b.getCheckInCode()));
        assertEquals(Map.of(), a.getAnswers());
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
        assertThrows(InvalidRegistrationException.class, () -> registrations.register(event.getId(),
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
