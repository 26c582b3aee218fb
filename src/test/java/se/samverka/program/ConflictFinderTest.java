package se.samverka.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverka.event.Event;
import se.samverka.event.EventType;
import se.samverka.event.Room;

/** The conflict finder, rule by rule. */
class ConflictFinderTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 16);

    private Event event;
    private Room hall;
    private Room small;
    private Speaker henrik;

    @BeforeEach
    void conference() {
        event = new Event(EventType.CONFERENCE, "Samverkanskonferens", "samverkan", DAY, DAY.plusDays(1));
        hall = event.addRoom("Stora salen", 90);
        small = event.addRoom("Sal Strömtorp", 20);
        henrik = new Speaker("Henrik Andershed", "Forskare", "Örebro universitet", null);
    }

    @Test
    void aProgrammeWithoutClashesHasNoConflicts() {
        Session first = talk("Risk- och skyddsfaktorer", "09:00", "10:00", hall, henrik);
        Session second = talk("Brottsprevention", "10:00", "11:00", hall, henrik);
        assertTrue(ConflictFinder.find(List.of(first, second)).isEmpty());
    }

    @Test
    void aSpeakerInTwoOverlappingSessionsIsWarnedAbout() {
        Session first = talk("Risk- och skyddsfaktorer", "09:00", "10:00", hall, henrik);
        Session second = talk("Panel", "09:30", "10:30", small, henrik);
        List<Conflict> conflicts = ConflictFinder.find(List.of(second, first));
        assertEquals(1, conflicts.size());
        Conflict conflict = conflicts.get(0);
        assertEquals(Conflict.Type.SPEAKER_DOUBLE_BOOKED, conflict.type());
        assertSame(first, conflict.session());
        assertSame(second, conflict.other());
        assertTrue(conflict.concerns(second));
        assertEquals("Talaren Henrik Andershed har två programpunkter samtidigt: Risk- och skyddsfaktorer och Panel.",
                conflict.describe(Locale.forLanguageTag("sv")));
    }

    @Test
    void aRoomWithTwoOverlappingSessionsIsWarnedAbout() {
        Session first = talk("Välkommen", "09:00", "10:00", hall);
        Session second = talk("Dialog", "09:59", "11:00", hall);
        List<Conflict> conflicts = ConflictFinder.find(List.of(first, second));
        assertEquals(List.of(Conflict.Type.ROOM_DOUBLE_BOOKED), conflicts.stream().map(Conflict::type).toList());
        assertEquals("Room Stora salen holds two sessions at once: Välkommen and Dialog.",
                conflicts.get(0).describe(Locale.ENGLISH));
    }

    @Test
    void sessionsWithoutARoomNeverShareOne() {
        Session first = talk("Välkommen", "09:00", "10:00", null);
        Session second = talk("Dialog", "09:00", "10:00", null);
        assertTrue(ConflictFinder.find(List.of(first, second)).isEmpty());
    }

    @Test
    void aSessionOutsideItsDaysHoursIsWarnedAbout() {
        Session early = talk("Frukostmöte", "07:30", "08:45", hall);
        Session late = talk("Kvällspass", "16:00", "17:00", small);
        Session inside = talk("Lunchföreläsning", "08:30", "16:30", null);
        List<Conflict> conflicts = ConflictFinder.find(List.of(early, late, inside));
        assertEquals(2, conflicts.size());
        assertTrue(conflicts.stream().allMatch(c -> c.type() == Conflict.Type.OUTSIDE_DAY_HOURS));
        assertTrue(conflicts.stream().noneMatch(c -> c.concerns(inside)));
    }

    @Test
    void changedDayHoursMoveTheLimit() {
        event.day(DAY).orElseThrow().changeHours(java.time.LocalTime.of(7, 0), java.time.LocalTime.of(18, 0));
        assertTrue(ConflictFinder.find(List.of(talk("Frukostmöte", "07:30", "08:45", hall))).isEmpty());
    }

    @Test
    void aWorkshopWithMoreSeatsThanItsRoomIsWarnedAbout() {
        Session workshop = workshop("Workshop C", 25, small);
        Session fits = workshop("Workshop A", 20, small);
        fits.moveTo(DAY.plusDays(1).atTime(11, 0));
        List<Conflict> conflicts = ConflictFinder.find(List.of(workshop, fits));
        assertEquals(List.of(Conflict.Type.SEATS_EXCEED_ROOM), conflicts.stream().map(Conflict::type).toList());
        assertSame(workshop, conflicts.get(0).session());
        assertEquals("Workshop C har 25 platser men rummet Sal Strömtorp rymmer bara 20.",
                conflicts.get(0).describe(Locale.forLanguageTag("sv")));
    }

    @Test
    void onlyWorkshopsAreCheckedForSeats() {
        Session talk = talk("Föreläsning", "09:00", "10:00", small);
        talk.limitSeats(200);
        assertTrue(ConflictFinder.find(List.of(talk)).isEmpty());
    }

    private Session talk(String title, String from, String to, Room room, Speaker... speakers) {
        Session session = new Session(event, SessionKind.TALK, title, at(from), at(to));
        session.placeIn(room);
        session.assignSpeakers(List.of(speakers));
        return session;
    }

    private Session workshop(String title, int seats, Room room) {
        Session session = new Session(event, SessionKind.WORKSHOP, title, at("11:00"), at("12:15"));
        session.placeIn(room);
        session.limitSeats(seats);
        return session;
    }

    private static LocalDateTime at(String time) {
        return DAY.atTime(java.time.LocalTime.parse(time));
    }
}
