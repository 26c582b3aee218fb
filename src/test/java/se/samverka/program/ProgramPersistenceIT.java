package se.samverka.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.ProgrammeBuilder.aTalk;
import static se.samverka.testdata.ProgrammeBuilder.aWorkshop;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.demo.DemoConference;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.event.EventType;
import se.samverka.event.Room;
import se.samverka.event.SlugTakenException;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.RegistrationStatus;
import se.samverka.security.AccountService;
import se.samverka.security.Role;
import se.samverka.testing.PostgresDatabase;
import se.samverka.testing.ReadsDemoData;

/**
 * Events, programmes and accounts through their services on the real database: run once on H2 and
 * once on PostgreSQL (the failsafe "postgresql" execution), so that H2-only SQL is caught. The tests
 * make their own events (unique titles from the builders: the PostgreSQL run shares one database);
 * one test reads the demo conference, on purpose and without changing it.
 */
@ExtendWith({PostgresDatabase.class, ArquillianExtension.class})
@ReadsDemoData
class ProgramPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return se.samverka.testing.Deployments.applicationWith(ProgramPersistenceIT.class, PostgresDatabase.class);
    }

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    SpeakerService speakers;

    @Inject
    ThemeService themes;

    @Inject
    AccountService accounts;

    @Inject
    RegistrationDirectory registrations;

    @Resource(lookup = "java:app/jdbc/samverka")
    DataSource dataSource;

    @Test
    void flywayHasMigratedTheSchema() throws Exception {
        // Flyway quotes its lower-case names on H2; PostgreSQL folds to lower case anyway.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" = '1'")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    /**
     * Tests the demo data on purpose: the Degerfors demo conference that {@code samverka.demo=true} loads at
     * start (see arquillian.xml) is what {@link DemoConference} and {@code DemoParticipants} promise. It only
     * reads the demo, and no test may change it: on PostgreSQL whichever class deployed first loaded it, once
     * for the shared database. (The only other test that looks at it is ProgrammeBrowserIT's, on its own server.)
     */
    @Test
    void theDemoConferenceIsLoadedAsItsJavadocPromises() {
        Event demo = events.bySlug(DemoConference.SLUG).orElseThrow();
        assertEquals("Samverkanskonferens Degerforsmodellen", demo.getTitle());
        assertEquals(EventType.CONFERENCE, demo.getType());
        assertEquals("Folkets Hus, Degerfors", demo.getVenue());
        assertEquals(66, demo.getCapacity());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        assertTrue(List.of(demoFirstDay(today), demoFirstDay(today.minusDays(1))).contains(demo.getStartDate()),
                () -> "a Tuesday some eight weeks after the server started (today or, past midnight, yesterday): "
                        + demo.getStartDate());
        assertEquals(DayOfWeek.TUESDAY, demo.getStartDate().getDayOfWeek());
        assertEquals(demo.getStartDate().plusDays(1), demo.getEndDate(), "Tuesday and Wednesday");
        assertEquals(Map.of("Stora salen", 90, "Sal Möckeln", 25, "Sal Letälven", 25, "Sal Strömtorp", 20,
                "Matsalen", 100), demo.getRooms().stream().collect(Collectors.toMap(Room::getName, Room::getSeats)));

        List<Session> sessions = program.sessions(demo.getId());
        assertEquals(19, sessions.size());
        assertEquals(10, count(sessions, s -> s.getStart().toLocalDate().equals(demo.getStartDate())), "day one");
        assertEquals(9, count(sessions, s -> s.getStart().toLocalDate().equals(demo.getEndDate())), "day two");
        assertEquals(6, count(sessions, s -> s.getKind() == SessionKind.BREAK), "breaks");
        List<Session> workshops = sessions.stream().filter(s -> s.getKind() == SessionKind.WORKSHOP).toList();
        assertEquals(List.of("Sal Möckeln 25", "Sal Letälven 25", "Sal Strömtorp 20"),
                workshops.stream().map(w -> w.getRoom().getName() + " " + w.getCapacity()).toList(),
                "three parallel workshops with limited seats");
        LocalDateTime workshopTime = demo.getEndDate().atTime(11, 0);
        assertTrue(workshops.stream().allMatch(w -> w.getStart().equals(workshopTime)
                && w.getEnd().equals(workshopTime.plusMinutes(75))), workshops::toString);
        assertEquals(Set.of("Henrik Andershed", "Julia Åhlgren", "Peter Bergvall Virtanen", "Märtha Lundkvist",
                "Anna Berglund", "Lars Ekström"), sessions.stream().flatMap(s -> s.getSpeakers().stream())
                        .map(Speaker::getName).collect(Collectors.toSet()), "the four named speakers and two more");
        Speaker andershed = sessions.stream().flatMap(s -> s.getSpeakers().stream())
                .filter(s -> s.getName().equals("Henrik Andershed")).findFirst().orElseThrow();
        assertEquals("Örebro universitet", andershed.getOrganisation());
        assertTrue(program.conflicts(demo.getId()).isEmpty(), () -> "demo conflicts: " + program.conflicts(demo.getId()));

        List<Registration> people = registrations.list(demo.getId(), null, null);
        assertEquals(70, people.size(), "seventy people");
        assertEquals(66, count(people, r -> r.getStatus() == RegistrationStatus.CONFIRMED), "66 seats, all taken");
        assertEquals(4, count(people, r -> r.getStatus() == RegistrationStatus.WAITLISTED), "the last four wait");
        assertEquals(Set.of("PRESCHOOL", "SCHOOL", "SOCIAL_SERVICES", "POLICE", "HEALTH_CENTRE", "GRYNINGEN",
                "PUBLIC_HEALTH", "OTHER"), people.stream().map(r -> r.getParticipant().getSector().getCode())
                        .collect(Collectors.toSet()), "every sector");
        assertEquals(6, count(people, r -> r.getParticipant().getSector().getCode().equals("POLICE")));
        assertEquals(5, registrations.list(demo.getId(), "POLICE", RegistrationStatus.CONFIRMED).size());
        assertEquals(18, registrations.list(demo.getId(), "SCHOOL", RegistrationStatus.CONFIRMED).size());
        assertEquals(44, count(people, r -> r.getStatus() == RegistrationStatus.CONFIRMED && r.isConsentListed()),
                "two in three of those with a seat agree to be listed publicly");

        Session workshopA = workshops.get(0);
        assertTrue(workshopA.getTitle().startsWith("Workshop A:"), workshopA.getTitle());
        assertEquals(35, count(people, r -> r.choice(workshopA).isPresent()), "more want workshop A than it seats");
        assertEquals(25, count(people, r -> r.choice(workshopA).map(c -> c.isSeated()).orElse(false)), "A is full");
        assertEquals(25L, registrations.seatsTaken(demo.getId()).get(workshopA.getId()));
    }

    /** The first day {@link DemoConference#load} gives a demo loaded on {@code day}. */
    private static LocalDate demoFirstDay(LocalDate day) {
        return day.plusWeeks(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    private static <T> long count(List<T> items, Predicate<T> which) {
        return items.stream().filter(which).count();
    }

    @Test
    void anEventWithDaysRoomsAndSessionsIsStoredAndReadBack() {
        Event event = events.create(anEvent().build());
        LocalDate first = event.getStartDate();
        events.addRoom(event.getId(), "Aulan", 120);
        events.changeDayHours(event.getId(), first, LocalTime.of(9, 0), LocalTime.of(15, 0));
        Speaker speaker = speakers.create("Åsa Öberg", "Rektor", "Strömtorpsskolan", "Fiktiv");
        Theme theme = themes.create("Skolnärvaro " + UUID.randomUUID(), "School attendance");
        Session created = program.create(event.getId(), aTalk("Närvaro i skolan").from("09:30").to("10:30").in("Aulan")
                .by(speaker).about(theme.getNameSv()).summarised("Om frånvaro").details(first));

        Event readBack = events.get(event.getId());
        assertEquals(LocalTime.of(9, 0), readBack.day(first).orElseThrow().getStartsAt());
        assertEquals(2, readBack.getDays().size());
        Session session = program.get(event.getId(), created.getId());
        assertEquals("Aulan", session.getRoom().getName());
        assertEquals("Åsa Öberg", session.getSpeakers().get(0).getName());
        assertEquals(theme.getNameSv(), session.getTheme().getNameSv());
        assertEquals("Om frånvaro", session.getSummary());
        assertEquals(first.atTime(10, 30), session.getEnd());
    }

    @Test
    void theConflictFinderWorksOnStoredSessions() {
        Event event = events.create(anEvent().build());
        LocalDate first = event.getStartDate();
        events.addRoom(event.getId(), "Lilla salen", 10);
        Speaker speaker = speakers.create("Dubbelbokad Talare", null, null, null);
        program.create(event.getId(), aTalk("Första").from("10:00").to("11:00").in("Lilla salen").by(speaker)
                .details(first));
        program.create(event.getId(), aWorkshop("Andra").from("10:30").to("11:30").in("Lilla salen").withSeats(30)
                .by(speaker).details(first));
        program.create(event.getId(), aTalk("Kväll").from("19:00").to("20:00").details(first));

        List<Conflict.Type> types = program.conflicts(event.getId()).stream().map(Conflict::type).sorted().toList();
        assertEquals(List.of(Conflict.Type.SPEAKER_DOUBLE_BOOKED, Conflict.Type.ROOM_DOUBLE_BOOKED,
                Conflict.Type.OUTSIDE_DAY_HOURS, Conflict.Type.SEATS_EXCEED_ROOM), types);
    }

    @Test
    void aMoveIsSavedAndCanBeUndone() {
        Event event = events.create(anEvent().build());
        LocalDate first = event.getStartDate();
        LocalDate second = first.plusDays(1);
        Session session = program.create(event.getId(), aTalk("Flyttas").from("09:00").to("10:00").details(first));
        ProgramService.Move move = program.move(event.getId(), session.getId(), second.atTime(13, 0),
                second.atTime(14, 30));
        assertEquals(second.atTime(13, 0), program.get(event.getId(), session.getId()).getStart());
        program.undo(event.getId(), move);
        Session back = program.get(event.getId(), session.getId());
        assertEquals(first.atTime(9, 0), back.getStart());
        assertEquals(first.atTime(10, 0), back.getEnd());
    }

    /** Two tabs of the timetable: the first tab's undo must not throw away what the second tab did since. */
    @Test
    void anUndoAfterTheSessionWasMovedAgainElsewhereChangesNothing() {
        Event event = events.create(anEvent().build());
        LocalDate first = event.getStartDate();
        Session session = program.create(event.getId(), aTalk("Flyttas två gånger").from("09:00").to("10:00")
                .details(first));
        ProgramService.Move inFirstTab = program.move(event.getId(), session.getId(), first.atTime(11, 0),
                first.atTime(12, 0));
        program.move(event.getId(), session.getId(), first.atTime(14, 0), first.atTime(15, 0));

        MovedSinceException refused = assertThrows(MovedSinceException.class,
                () -> program.undo(event.getId(), inFirstTab));
        assertEquals("”Flyttas två gånger” har flyttats eller ändrats efter den flytten och står kvar där den är nu."
                + " Inget har ångrats.", refused.localizedMessage(java.util.Locale.forLanguageTag("sv")));
        Session stays = program.get(event.getId(), session.getId());
        assertEquals(first.atTime(14, 0), stays.getStart());
        assertEquals(first.atTime(15, 0), stays.getEnd());
    }

    @Test
    void deletingAnEventRemovesItsProgramme() {
        Event event = events.create(anEvent().build());
        events.addRoom(event.getId(), "Rum", 5);
        Session session = program.create(event.getId(), aTalk("Borta").in("Rum").details(event.getStartDate()));
        events.delete(event.getId());
        assertTrue(program.sessions(event.getId()).isEmpty());
        assertThrows(NotFoundException.class, () -> program.get(event.getId(), session.getId()));
        assertThrows(NotFoundException.class, () -> events.get(event.getId()));
    }

    @Test
    void slugsAreUnique() {
        Event event = events.create(anEvent().build());
        assertThrows(SlugTakenException.class,
                () -> events.create(anEvent().titled("Annan titel").withSlug(event.getSlug()).lastingDays(1).build()));
    }

    @Test
    void passwordsAreHashedAndChecked() {
        String name = "staff" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, "Personal", Role.STAFF, "lösenord-med-åäö");
        assertTrue(accounts.authenticate(name, "lösenord-med-åäö").isPresent());
        assertTrue(accounts.authenticate(name, "fel-lösenord").isEmpty());
        assertTrue(accounts.authenticate(name.toUpperCase(), "lösenord-med-åäö").isPresent());
    }
}
