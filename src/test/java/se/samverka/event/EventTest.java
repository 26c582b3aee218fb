package se.samverka.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The event's own rules: dates, days, registration window, rooms, slugs. */
class EventTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 16);

    private Event twoDays() {
        return new Event(EventType.CONFERENCE, "Samverkanskonferens Degerforsmodellen", null, START, START.plusDays(1));
    }

    @Test
    void aNewEventHasADayForEachDateWithDefaultHours() {
        Event event = twoDays();
        assertEquals(2, event.getDays().size());
        assertEquals(LocalTime.of(8, 30), event.firstDay().getStartsAt());
        assertEquals("samverkanskonferens-degerforsmodellen", event.getSlug());
    }

    @Test
    void reschedulingKeepsTheHoursOfDaysThatRemain() {
        Event event = twoDays();
        event.day(START.plusDays(1)).orElseThrow().changeHours(LocalTime.of(9, 0), LocalTime.of(15, 0));
        event.reschedule(START.plusDays(1), START.plusDays(3));
        assertEquals(3, event.getDays().size());
        assertEquals(LocalTime.of(9, 0), event.firstDay().getStartsAt());
        assertTrue(event.day(START).isEmpty());
    }

    @Test
    void theEndMayNotComeBeforeTheStart() {
        InvalidEventException refusal = assertThrows(InvalidEventException.class,
                () -> new Event(EventType.WORKSHOP, "Baklänges", null, START, START.minusDays(1)));
        assertEquals("endDate", refusal.field());
        assertEquals("event.error.endBeforeStart", refusal.messageKey());
    }

    @Test
    void aTitleIsRequired() {
        assertThrows(InvalidEventException.class, () -> new Event(EventType.WORKSHOP, "  ", null, START, START));
    }

    @Test
    void registrationIsOpenUntilTheEventStartsWhenNoClosingIsSet() {
        Event event = twoDays();
        assertTrue(event.isRegistrationOpen(START.minusDays(10).atStartOfDay()));
        assertTrue(event.isRegistrationOpen(START.atTime(8, 29)));
        assertFalse(event.isRegistrationOpen(START.atTime(8, 30)));
    }

    @Test
    void registrationRespectsItsWindow() {
        Event event = twoDays();
        LocalDateTime opens = START.minusDays(30).atTime(8, 0);
        LocalDateTime closes = START.minusDays(7).atTime(23, 59);
        event.openRegistration(opens, closes);
        assertFalse(event.isRegistrationOpen(opens.minusMinutes(1)));
        assertTrue(event.isRegistrationOpen(opens));
        assertFalse(event.isRegistrationOpen(closes));
        assertThrows(InvalidEventException.class, () -> event.openRegistration(closes, opens));
    }

    @Test
    void roomsAreFoundByNameWhateverTheCase() {
        Event event = twoDays();
        event.addRoom("Sal Möckeln", 25);
        assertEquals(25, event.roomNamed("sal möckeln").orElseThrow().getSeats());
        assertThrows(InvalidEventException.class, () -> event.addRoom(" ", 5));
        assertThrows(InvalidEventException.class, () -> event.addRoom("Källaren", -1));
    }

    @Test
    void dayHoursMustEndAfterTheyStart() {
        EventDay day = twoDays().firstDay();
        assertThrows(InvalidEventException.class, () -> day.changeHours(LocalTime.of(12, 0), LocalTime.of(12, 0)));
    }

    @Test
    void slugsAreAsciiWordsJoinedByHyphens() {
        assertEquals("natverksmote-forskola-skola-2027", Slugs.of("Nätverksmöte: Förskola & Skola 2027!"));
        assertEquals("event", Slugs.of("!!!"));
        assertTrue(Slugs.isValid("abc-123"));
        assertFalse(Slugs.isValid("Abc"));
        assertFalse(Slugs.isValid("a--b"));
        assertEquals("egen-adress", new Event(EventType.WORKSHOP, "Titel", "egen-adress", START, START).getSlug());
    }
}
