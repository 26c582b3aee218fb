package se.samverka.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.event.Event;
import se.samverka.event.EventDetails;
import se.samverka.event.EventService;
import se.samverka.event.EventType;
import se.samverka.event.SlugTakenException;
import se.samverka.platform.NotFoundException;
import se.samverka.security.AccountService;
import se.samverka.security.Role;
import se.samverka.testing.PostgresDatabase;

/**
 * Events, programmes and accounts through their services on the real database: run once on H2 and
 * once on PostgreSQL (the failsafe "postgresql" execution), so that H2-only SQL is caught.
 */
@ExtendWith({PostgresDatabase.class, ArquillianExtension.class})
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

    @Test
    void theDemoConferenceIsLoaded() {
        Event demo = events.bySlug("samverkanskonferens-degerforsmodellen").orElseThrow();
        List<Session> sessions = program.sessions(demo.getId());
        assertTrue(sessions.size() >= 8);
        assertEquals(5, demo.getRooms().size());
        assertTrue(program.conflicts(demo.getId()).isEmpty(), () -> "demo conflicts: " + program.conflicts(demo.getId()));
    }

    @Test
    void anEventWithDaysRoomsAndSessionsIsStoredAndReadBack() {
        Event event = newEvent();
        events.addRoom(event.getId(), "Aulan", 120);
        events.changeDayHours(event.getId(), LocalDate.of(2027, 9, 14), LocalTime.of(9, 0), LocalTime.of(15, 0));
        Speaker speaker = speakers.create("Åsa Öberg", "Rektor", "Strömtorpsskolan", "Fiktiv");
        Theme theme = themes.create("Skolnärvaro " + UUID.randomUUID(), "School attendance");
        Session created = program.create(event.getId(), new SessionDetails("Närvaro i skolan", SessionKind.TALK,
                at(14, 9, 30), at(14, 10, 30), "Aulan", null, List.of(speaker.getId()), theme.getNameSv(), "Om frånvaro"));

        Event readBack = events.get(event.getId());
        assertEquals(LocalTime.of(9, 0), readBack.day(LocalDate.of(2027, 9, 14)).orElseThrow().getStartsAt());
        assertEquals(2, readBack.getDays().size());
        Session session = program.get(event.getId(), created.getId());
        assertEquals("Aulan", session.getRoom().getName());
        assertEquals("Åsa Öberg", session.getSpeakers().get(0).getName());
        assertEquals(theme.getNameSv(), session.getTheme().getNameSv());
        assertEquals(at(14, 10, 30), session.getEnd());
    }

    @Test
    void theConflictFinderWorksOnStoredSessions() {
        Event event = newEvent();
        events.addRoom(event.getId(), "Lilla salen", 10);
        Speaker speaker = speakers.create("Dubbelbokad Talare", null, null, null);
        program.create(event.getId(), details("Första", SessionKind.TALK, at(14, 10, 0), at(14, 11, 0), "Lilla salen",
                null, speaker));
        program.create(event.getId(), details("Andra", SessionKind.WORKSHOP, at(14, 10, 30), at(14, 11, 30),
                "Lilla salen", 30, speaker));
        program.create(event.getId(), details("Kväll", SessionKind.TALK, at(14, 19, 0), at(14, 20, 0), null, null));

        List<Conflict.Type> types = program.conflicts(event.getId()).stream().map(Conflict::type).sorted().toList();
        assertEquals(List.of(Conflict.Type.SPEAKER_DOUBLE_BOOKED, Conflict.Type.ROOM_DOUBLE_BOOKED,
                Conflict.Type.OUTSIDE_DAY_HOURS, Conflict.Type.SEATS_EXCEED_ROOM), types);
    }

    @Test
    void aMoveIsSavedAndCanBeUndone() {
        Event event = newEvent();
        Session session = program.create(event.getId(), details("Flyttas", SessionKind.TALK, at(14, 9, 0), at(14, 10, 0), null, null));
        ProgramService.Move move = program.move(event.getId(), session.getId(), at(15, 13, 0), at(15, 14, 30));
        assertEquals(at(15, 13, 0), program.get(event.getId(), session.getId()).getStart());
        program.undo(event.getId(), move);
        Session back = program.get(event.getId(), session.getId());
        assertEquals(at(14, 9, 0), back.getStart());
        assertEquals(at(14, 10, 0), back.getEnd());
    }

    @Test
    void deletingAnEventRemovesItsProgramme() {
        Event event = newEvent();
        events.addRoom(event.getId(), "Rum", 5);
        Session session = program.create(event.getId(), details("Borta", SessionKind.TALK, at(14, 9, 0), at(14, 10, 0), "Rum", null));
        events.delete(event.getId());
        assertTrue(program.sessions(event.getId()).isEmpty());
        assertThrows(NotFoundException.class, () -> program.get(event.getId(), session.getId()));
        assertThrows(NotFoundException.class, () -> events.get(event.getId()));
    }

    @Test
    void slugsAreUnique() {
        Event event = newEvent();
        EventDetails same = new EventDetails("Annan titel", EventType.WORKSHOP, LocalDate.of(2027, 9, 1),
                LocalDate.of(2027, 9, 1), event.getSlug(), null, null, null, null, null);
        assertThrows(SlugTakenException.class, () -> events.create(same));
    }

    @Test
    void passwordsAreHashedAndChecked() {
        String name = "staff" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, "Personal", Role.STAFF, "lösenord-med-åäö");
        assertTrue(accounts.authenticate(name, "lösenord-med-åäö").isPresent());
        assertTrue(accounts.authenticate(name, "fel-lösenord").isEmpty());
        assertTrue(accounts.authenticate(name.toUpperCase(), "lösenord-med-åäö").isPresent());
    }

    private Event newEvent() {
        return events.create(new EventDetails("Persistens " + UUID.randomUUID(), EventType.CONFERENCE,
                LocalDate.of(2027, 9, 14), LocalDate.of(2027, 9, 15), null, "Degerfors", null, 50, null, null));
    }

    private static SessionDetails details(String title, SessionKind kind, LocalDateTime start, LocalDateTime end,
            String room, Integer seats, Speaker... by) {
        return new SessionDetails(title, kind, start, end, room, seats,
                java.util.Arrays.stream(by).map(Speaker::getId).toList(), null, null);
    }

    private static LocalDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2027, 9, day, hour, minute);
    }
}
