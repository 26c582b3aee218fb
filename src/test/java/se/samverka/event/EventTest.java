package se.samverka.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import se.samverka.platform.Text;

/** The event's own rules: dates, days, registration window, rooms, slugs, contact, drafts, reminder. */
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

    @Test
    void theContactIsTrimmedAndBlankPartsAreCleared() {
        Event event = twoDays();
        assertFalse(event.hasContact());
        event.contact("  Anna Berglund ", " anna.berglund@degerfors.se ", "0586-480 00");
        assertEquals("Anna Berglund", event.getContactName());
        assertEquals("anna.berglund@degerfors.se", event.getContactEmail());
        assertEquals("0586-480 00", event.getContactPhone());
        event.contact("", "  ", null);
        assertNull(event.getContactName());
        assertNull(event.getContactEmail());
        assertNull(event.getContactPhone());
        assertFalse(event.hasContact());
    }

    @Test
    void aContactEmailMustLookLikeOneAndNothingIsHalfChanged() {
        Event event = twoDays();
        event.contact("Anna", "anna@degerfors.se", null);
        InvalidEventException refusal = assertThrows(InvalidEventException.class,
                () -> event.contact("Bo", "bo at degerfors", null));
        assertEquals("contactEmail", refusal.field());
        assertEquals("event.error.contactEmail", refusal.messageKey());
        assertEquals("Anna", event.getContactName(), "the name did not change either");
        assertThrows(InvalidEventException.class, () -> event.contact(null, "a@b", null));
        assertThrows(InvalidEventException.class, () -> event.contact(null, "a b@c.se", null));
    }

    @Test
    void aContactPhoneHoldsDigitsAndSeparatorsWithinItsLength() {
        Event event = twoDays();
        event.contact(null, null, "+46 (0)586-480 00");
        assertEquals("+46 (0)586-480 00", event.getContactPhone());
        InvalidEventException refusal = assertThrows(InvalidEventException.class,
                () -> event.contact(null, null, "ring Anna"));
        assertEquals("contactPhone", refusal.field());
        assertThrows(Text.TooLong.class, () -> event.contact(null, null, "0".repeat(41)));
        assertThrows(Text.TooLong.class, () -> event.contact("N".repeat(201), null, null));
        assertThrows(Text.ControlCharacters.class, () -> event.contact("Anna\nBcc: x@y.se", null, null));
    }

    @Test
    void aNewEventIsPublishedAndADraftIsSeenOnlyByOrganisers() {
        Event event = twoDays();
        assertTrue(event.isPublished(), "the database default, so that API clients keep working");
        assertTrue(event.isVisibleTo(false));
        event.withdraw();
        assertFalse(event.isPublished());
        assertFalse(event.isVisibleTo(false));
        assertTrue(event.isVisibleTo(true));
        event.publish();
        assertTrue(event.isVisibleTo(false));
    }

    @Test
    void detailsWithoutPublishedKeepTheStateAndWithItSetIt() {
        Event event = twoDays();
        EventDetails details = EventDetails.of(event);
        new EventDetails(details.title(), details.type(), details.startDate(), details.endDate(), details.slug(),
                null, null, null, null, null, null, null, null, null, Boolean.FALSE).applyTo(event);
        assertFalse(event.isPublished());
        new EventDetails(details.title(), details.type(), details.startDate(), details.endDate(), details.slug(),
                null, null, null, null, null, null, null, null, null, null).applyTo(event);
        assertFalse(event.isPublished(), "left out: stays a draft");
        details.applyTo(event);
        assertTrue(event.isPublished());
    }

    @Test
    void theReminderGoesOutZeroToSixtyDaysBeforeOrNotAtAll() {
        Event event = twoDays();
        assertNull(event.getReminderDays());
        event.remindDaysBefore(0);
        assertEquals(0, event.getReminderDays());
        event.remindDaysBefore(60);
        assertEquals(60, event.getReminderDays());
        InvalidEventException refusal = assertThrows(InvalidEventException.class, () -> event.remindDaysBefore(61));
        assertEquals("reminderDays", refusal.field());
        assertThrows(InvalidEventException.class, () -> event.remindDaysBefore(-1));
        assertEquals(60, event.getReminderDays());
        event.remindDaysBefore(null);
        assertNull(event.getReminderDays());
    }
}
