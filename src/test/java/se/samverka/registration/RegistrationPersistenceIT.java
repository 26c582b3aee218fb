package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.event.Event;
import se.samverka.event.EventDetails;
import se.samverka.event.EventService;
import se.samverka.event.EventType;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.program.SessionDetails;
import se.samverka.program.SessionKind;
import se.samverka.testing.Deployments;
import se.samverka.testing.PostgresDatabase;

/**
 * Seats, waiting lists and their database lock, on H2 and on PostgreSQL: never overbooked, not even
 * when 50 people press "register" at the same instant.
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

    @Resource
    ManagedExecutorService executor;

    @Test
    void fiftyAtOnceForTenSeatsGivesExactlyTenConfirmed() throws Exception {
        Event event = newEvent(10);
        Session workshop = program.create(event.getId(), new SessionDetails("Workshop", SessionKind.WORKSHOP,
                day().atTime(10, 0), day().atTime(11, 0), null, 4, List.of(), null, null));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationStatus>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            results.add(executor.submit(() -> {
                start.await();
                return registrations.register(event.getId(), request("person" + n, List.of(workshop.getId())), false)
                        .getStatus();
            }));
        }
        start.countDown();
        long confirmed = 0;
        for (Future<RegistrationStatus> result : results) {
            if (result.get() == RegistrationStatus.CONFIRMED) {
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
        Event event = newEvent(1);
        Registration first = registrations.register(event.getId(), request("first", List.of()), false);
        Registration second = registrations.register(event.getId(), request("second", List.of()), false);
        Registration third = registrations.register(event.getId(), request("third", List.of()), false);
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
        Event event = newEvent(1);
        registrations.register(event.getId(), request("a", List.of()), false);
        Registration waiting = registrations.register(event.getId(), request("b", List.of()), false);
        Event reloaded = events.get(event.getId());
        EventDetails details = EventDetails.of(reloaded);
        events.update(event.getId(), new EventDetails(details.title(), details.type(), details.startDate(),
                details.endDate(), details.slug(), details.venue(), details.description(), 2, null, null));
        assertEquals(RegistrationStatus.CONFIRMED, registrations.byToken(waiting.getManageToken()).getStatus());
    }

    @Test
    void aFullWorkshopKeepsTheOtherChoices() {
        Event event = newEvent(null);
        Session small = workshop(event, "Liten", 10, 1);
        Session other = workshop(event, "Annan", 13, 5);
        Registration first = registrations.register(event.getId(), request("w1", List.of(small.getId())), false);
        Registration second = registrations.register(event.getId(),
                request("w2", List.of(small.getId(), other.getId())), false);
        assertEquals(RegistrationStatus.CONFIRMED, second.getStatus());
        assertEquals(ChoiceStatus.WAITLISTED, second.choice(small).orElseThrow().getStatus());
        assertEquals(ChoiceStatus.CONFIRMED, second.choice(other).orElseThrow().getStatus());

        registrations.change(first.getManageToken(), new RegistrationChange(List.of(), null, null, null, null, null));
        Registration moved = registrations.byToken(second.getManageToken());
        assertEquals(ChoiceStatus.CONFIRMED, moved.choice(small).orElseThrow().getStatus());
    }

    @Test
    void overlappingWorkshopsAreRefused() {
        Event event = newEvent(null);
        Session a = workshop(event, "A", 10, 5);
        Session b = workshop(event, "B", 10, 5);
        InvalidRegistrationException refusal = assertThrows(InvalidRegistrationException.class,
                () -> registrations.register(event.getId(), request("o", List.of(a.getId(), b.getId())), false));
        assertEquals("sessionIds", refusal.field());
        assertTrue(registrations.list(event.getId(), null, null).isEmpty(), "nothing half-saved");
    }

    @Test
    void theSameAddressCannotRegisterTwiceUntilItCancels() {
        Event event = newEvent(null);
        Registration first = registrations.register(event.getId(), request("dup", List.of()), false);
        RegistrationRequest again = request("DUP", List.of());
        assertThrows(DuplicateRegistrationException.class, () -> registrations.register(event.getId(), again, false));
        registrations.cancel(first.getManageToken());
        assertEquals(RegistrationStatus.CONFIRMED, registrations.register(event.getId(), again, false).getStatus());
    }

    @Test
    void aClosedWindowRefusesOnlineRegistrationButNotTheOrganiser() {
        Event event = events.create(new EventDetails("Stängd " + UUID.randomUUID(), EventType.WORKSHOP, day(), day(),
                null, null, null, null, LocalDateTime.of(2020, 1, 1, 8, 0), LocalDateTime.of(2020, 2, 1, 8, 0)));
        assertThrows(RegistrationClosedException.class,
                () -> registrations.register(event.getId(), request("late", List.of()), false));
        assertEquals(RegistrationStatus.CONFIRMED,
                registrations.register(event.getId(), request("late", List.of()), true).getStatus());
    }

    @Test
    void approvalModeKeepsRegistrationsPendingUntilDecided() {
        Event event = newEvent(1);
        events.changeRegistrationPolicy(event.getId(), true, false);
        Registration a = registrations.register(event.getId(), request("p1", List.of()), false);
        Registration b = registrations.register(event.getId(), request("p2", List.of()), false);
        Registration c = registrations.register(event.getId(), request("p3", List.of()), false);
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
        Event event = newEvent(null);
        Registration a = registrations.register(event.getId(), request("t1", List.of()), false);
        Registration b = registrations.register(event.getId(), request("t2", List.of()), false);
        assertTrue(a.getManageToken().length() >= 22);
        assertTrue(a.getCheckInCode().matches("[A-Z2-9]{6}"), a.getCheckInCode());
        assertTrue(!a.getCheckInCode().equals(b.getCheckInCode()));
        assertEquals(Map.of(), a.getAnswers());
    }

    private Session workshop(Event event, String title, int hour, int seats) {
        return program.create(event.getId(), new SessionDetails(title, SessionKind.WORKSHOP, day().atTime(hour, 0),
                day().atTime(hour + 1, 0), null, seats, List.of(), null, null));
    }

    private Event newEvent(Integer capacity) {
        return events.create(new EventDetails("Anmälningstest " + UUID.randomUUID(), EventType.CONFERENCE, day(),
                day(), null, "Degerfors", null, capacity, null, null));
    }

    private static LocalDate day() {
        return LocalDate.now().plusYears(1);
    }

    private static RegistrationRequest request(String name, List<Long> sessions) {
        return new RegistrationRequest("Åsa", "Öberg-" + name, name + "@degerfors.example", null, "Strömtorpsskolan",
                "SCHOOL", "Lärare", null, sessions, null, null, null, true, false, "sv");
    }
}
