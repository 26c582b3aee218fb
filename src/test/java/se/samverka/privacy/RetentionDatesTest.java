package se.samverka.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pure rules of retention time: due dates, the events' own periods, and what an organiser may type. */
class RetentionDatesTest {

    private static final LocalDate END = LocalDate.of(2026, 3, 12);

    @Test
    void dataIsDueTheDayAfterTheEndPlusThePeriod() {
        Optional<Period> thirty = Optional.of(Period.ofDays(30));
        assertEquals(LocalDate.of(2026, 4, 12), RetentionDates.dueOn(END, thirty).orElseThrow());
        assertFalse(RetentionDates.isDue(END, thirty, LocalDate.of(2026, 4, 11)), "the 30th day after is still kept");
        assertTrue(RetentionDates.isDue(END, thirty, LocalDate.of(2026, 4, 12)));
        assertTrue(RetentionDates.isDue(END, thirty, LocalDate.of(2027, 1, 1)));
        assertTrue(RetentionDates.isDue(END, Optional.of(Period.ZERO), END.plusDays(1)), "0 days: the day after");
        assertFalse(RetentionDates.isDue(END, Optional.of(Period.ZERO), END), "never on the last day itself");
        assertEquals(LocalDate.of(2036, 3, 13), RetentionDates.dueOn(END, Optional.of(Period.ofYears(10))).orElseThrow());
    }

    @Test
    void keptDataIsNeverDue() {
        assertTrue(RetentionDates.dueOn(END, Optional.empty()).isEmpty());
        assertFalse(RetentionDates.isDue(END, Optional.empty(), LocalDate.of(2100, 1, 1)));
    }

    @Test
    void anEventsOwnPeriodWinsEvenOverKeeping() {
        Optional<Period> configured = Optional.of(Period.ofDays(365));
        assertEquals(Optional.of(Period.ofDays(10)), RetentionDates.effective(configured, 10));
        assertEquals(Optional.of(Period.ofDays(0)), RetentionDates.effective(configured, 0));
        assertEquals(configured, RetentionDates.effective(configured, null));
        assertEquals(Optional.of(Period.ofDays(7)), RetentionDates.effective(Optional.empty(), 7));
        assertEquals(Optional.empty(), RetentionDates.effective(Optional.empty(), null));
    }

    @Test
    void thingsDatedByThemselvesAreDueWhenDatedBeforeTodayMinusThePeriod() {
        LocalDate today = LocalDate.of(2026, 6, 30);
        LocalDate before = RetentionDates.datedBefore(today, Period.ofDays(90));
        assertEquals(LocalDate.of(2026, 4, 1), before);
        // a mail of 31 March is due from 31 March + 90 + 1 = 30 June; one of 1 April only tomorrow
        assertEquals(today, RetentionRules.dueFrom(LocalDate.of(2026, 3, 31), Period.ofDays(90)));
        assertEquals(today.plusDays(1), RetentionRules.dueFrom(before, Period.ofDays(90)));
    }

    @Test
    void anOrganiserTypesWholeDaysOrNothing() {
        assertNull(RetentionDates.parseDays(null));
        assertNull(RetentionDates.parseDays("  "));
        assertEquals(0, RetentionDates.parseDays("0"));
        assertEquals(45, RetentionDates.parseDays(" 45 "));
        assertEquals(36_500, RetentionDates.parseDays("36500"));
        for (String bad : new String[] {"-1", "36501", "ten", "1.5", "99999999999"}) {
            InvalidRetentionPeriodException refused = assertThrows(InvalidRetentionPeriodException.class,
                    () -> RetentionDates.parseDays(bad), bad);
            assertEquals("periodDays", refused.field());
        }
    }

    @Test
    void kindsByKeyAndWhichAnEventMayOverride() {
        assertEquals(Optional.of(DataKind.MAIL_BODIES), DataKind.byKey("mail-bodies"));
        assertEquals(Optional.empty(), DataKind.byKey("MAIL_BODIES"));
        assertFalse(DataKind.MAIL_BODIES.perEvent(), "mails have no reliable event");
        assertFalse(DataKind.MEETING_DATA.perEvent(), "set per meeting series");
        assertTrue(DataKind.NEEDS.perEvent());
        assertTrue(DataKind.CERTIFICATES.perEvent());
    }

    @Test
    void theNightlyRunIsAtAQuarterPastThreeStockholmTime() {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        assertEquals(Duration.ofMinutes(15), RetentionJob.untilNextRun(LocalDateTime.of(2026, 5, 4, 3, 0).atZone(stockholm)));
        assertEquals(Duration.ofHours(24), RetentionJob.untilNextRun(LocalDateTime.of(2026, 5, 4, 3, 15).atZone(stockholm)));
        assertEquals(Duration.ofHours(23).plusMinutes(45),
                RetentionJob.untilNextRun(LocalDateTime.of(2026, 5, 4, 3, 30).atZone(stockholm)));
        // the night summer time begins (29 March 2026, 02:00 -> 03:00) is an hour shorter
        assertEquals(Duration.ofHours(2).plusMinutes(15),
                RetentionJob.untilNextRun(LocalDateTime.of(2026, 3, 29, 0, 0).atZone(stockholm)));
    }

    @Test
    void configuredValuesAreWholeNumbersOrOffAndUnsetGivesTheDefault() {
        String key = "samverka.retention.needs.days";
        assertEquals(Optional.of(30), RetentionRules.parse(key, Optional.empty(), DataKind.NEEDS));
        assertEquals(Optional.of(10), RetentionRules.parse("y", Optional.empty(), DataKind.CERTIFICATES), "in years");
        assertEquals(Optional.empty(), RetentionRules.parse("m", Optional.empty(), DataKind.MEETING_DATA), "kept");
        assertEquals(Optional.of(14), RetentionRules.parse(key, Optional.of(" 14 "), DataKind.NEEDS));
        assertEquals(Optional.of(0), RetentionRules.parse(key, Optional.of("0"), DataKind.NEEDS));
        assertEquals(Optional.empty(), RetentionRules.parse(key, Optional.of("OFF"), DataKind.NEEDS));
        for (String bad : new String[] {"-1", "30d", "thirty", "1.5"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> RetentionRules.parse(key, Optional.of(bad), DataKind.NEEDS), bad);
            assertTrue(refused.getMessage().startsWith(key), "names its key: " + refused.getMessage());
        }
        assertEquals(365, RetentionRules.days(java.time.Period.ofYears(1)));
        assertEquals("samverka.retention.certificates.years", RetentionRules.key(DataKind.CERTIFICATES));
        assertEquals("samverka.retention.mail-bodies.days", RetentionRules.key(DataKind.MAIL_BODIES));
    }
}
