package se.samverka.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** When an event's automatic reminder is due: from 08:00 the chosen number of days before, once, never too late. */
class EventReminderTest {

    private final Event event = new Event(EventType.CONFERENCE, "Samverkansdagarna", "samverkansdagarna",
            LocalDate.of(2027, 3, 16), LocalDate.of(2027, 3, 17));

    @Test
    void dueFromEightOclockTheChosenDaysBeforeUntilTheEventStarts() {
        assertFalse(event.isReminderDue(LocalDateTime.of(2027, 3, 14, 9, 0)), "no reminder asked for");
        event.remindDaysBefore(2);
        assertFalse(event.isReminderDue(LocalDateTime.of(2027, 3, 14, 7, 59)));
        assertTrue(event.isReminderDue(LocalDateTime.of(2027, 3, 14, 8, 0)));
        assertTrue(event.isReminderDue(LocalDateTime.of(2027, 3, 16, 8, 29)), "a late run still sends it");
        assertFalse(event.isReminderDue(LocalDateTime.of(2027, 3, 16, 8, 30)), "the event has begun");
    }

    @Test
    void sentOnlyOnce() {
        event.remindDaysBefore(1);
        LocalDateTime now = LocalDateTime.of(2027, 3, 15, 10, 0);
        event.reminded(now);
        assertEquals(now, event.getReminderSentAt());
        assertFalse(event.isReminderDue(now.plusHours(1)));
    }

    @Test
    void onTheDayItselfAnEarlyStartIsRemindedFromMidnight() {
        event.day(LocalDate.of(2027, 3, 16)).orElseThrow().changeHours(LocalTime.of(7, 30), LocalTime.of(12, 0));
        event.remindDaysBefore(0);
        assertTrue(event.isReminderDue(LocalDateTime.of(2027, 3, 16, 0, 30)));
        assertFalse(event.isReminderDue(LocalDateTime.of(2027, 3, 15, 23, 59)));
    }

    @Test
    void zeroToSixtyDaysOrNone() {
        event.remindDaysBefore(60);
        event.remindDaysBefore(null);
        assertEquals(null, event.getReminderDays());
        InvalidEventException tooMany = assertThrows(InvalidEventException.class, () -> event.remindDaysBefore(61));
        assertEquals("reminderDays", tooMany.field());
        assertThrows(InvalidEventException.class, () -> event.remindDaysBefore(-1));
    }
}
