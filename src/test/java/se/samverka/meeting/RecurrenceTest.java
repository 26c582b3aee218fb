package se.samverka.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final LocalDateTime JANUARY = LocalDateTime.of(2027, 1, 1, 13, 0);

    @Test
    void secondTuesdayOfSixMonthsAtTheFirstStartsTime() {
        List<LocalDateTime> starts = Recurrence.starts("FREQ=MONTHLY;BYDAY=2TU;COUNT=6", JANUARY);
        assertEquals(6, starts.size());
        for (int month = 0; month < 6; month++) {
            LocalDateTime start = starts.get(month);
            assertEquals(JANUARY.plusMonths(month).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY)), start);
            assertEquals(13, start.getHour());
        }
    }

    @Test
    void everyOtherWeekUntilADateAndAPrefixIsAccepted() {
        LocalDateTime monday = LocalDateTime.of(2027, 1, 4, 9, 30);
        List<LocalDateTime> starts = Recurrence.starts("RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270301T000000", monday);
        assertEquals(List.of(monday, monday.plusWeeks(2), monday.plusWeeks(4), monday.plusWeeks(6)), starts,
                "UNTIL is midnight, so 1 March at 09:30 is past it");
    }

    @Test
    void aRuleWithoutAnEndRunsForOneYear() {
        List<LocalDateTime> starts = Recurrence.starts("FREQ=MONTHLY;BYDAY=2TU", JANUARY);
        assertEquals(12, starts.size());
        assertEquals(2027, starts.get(11).getYear());
    }

    @Test
    void unreadableTooFrequentOrTooManyAreRefusedWithTheFieldNamed() {
        for (String rule : new String[] {"FREQ=BOGUS", "garbage", "", "FREQ=HOURLY;COUNT=3", "FREQ=DAILY;COUNT=61",
            "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2;COUNT=2"}) {
            InvalidMeetingException refused = assertThrows(InvalidMeetingException.class,
                    () -> Recurrence.starts(rule, JANUARY), rule);
            assertEquals("rrule", refused.field(), rule);
        }
        assertEquals("firstStart", assertThrows(InvalidMeetingException.class,
                () -> Recurrence.starts("FREQ=WEEKLY;COUNT=2", null)).field());
    }
}
