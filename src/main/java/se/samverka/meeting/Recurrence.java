package se.samverka.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import se.samverka.platform.CalendarRange;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The start times an RFC 5545 recurrence rule gives, read with ical4j: {@code FREQ=MONTHLY;BYDAY=2TU;COUNT=6} from
 * a first start of 12 January 13:00 is the second Tuesday of six months at 13:00. The rule decides which days
 * count (a first start the rule does not match is not a meeting). A rule without COUNT or UNTIL runs for one
 * year; at most {@value #MAX_MEETINGS} meetings at once, daily at the most often.
 */
public final class Recurrence {

    public static final int MAX_MEETINGS = 60;
    private static final Set<Frequency> TOO_OFTEN = Set.of(Frequency.SECONDLY, Frequency.MINUTELY, Frequency.HOURLY);

    private Recurrence() {
    }

    public static List<LocalDateTime> starts(String rule, LocalDateTime firstStart) {
        if (rule == null || rule.isBlank() || rule.length() > 300) {
            throw new InvalidMeetingException("rrule", "meeting.error.rrule");
        }
        if (firstStart == null) {
            throw new InvalidMeetingException("firstStart", "meeting.error.startRequired");
        }
        CalendarRange.check(firstStart, "firstStart");
        Recur<LocalDateTime> recur;
        try {
            recur = new Recur<>(rule.strip().replaceFirst("(?i)^RRULE:", ""));
        } catch (RuntimeException unreadable) {
            throw new InvalidMeetingException("rrule", "meeting.error.rrule");
        }
        if (recur.getFrequency() == null || TOO_OFTEN.contains(recur.getFrequency())) {
            throw new InvalidMeetingException("rrule", "meeting.error.rruleFrequency");
        }
        boolean bounded = recur.getCount() > 0 || recur.getUntil() != null;
        LocalDateTime end = bounded ? firstStart.plusYears(5) : firstStart.plusYears(1);
        List<LocalDateTime> starts;
        try {
            starts = recur.getDates(firstStart, firstStart, end, MAX_MEETINGS + 1);
        } catch (RuntimeException unusable) {
            throw new InvalidMeetingException("rrule", "meeting.error.rrule");
        }
        if (starts.size() > MAX_MEETINGS) {
            throw new InvalidMeetingException("rrule", "meeting.error.rruleTooMany", MAX_MEETINGS);
        }
        if (starts.isEmpty()) {
            throw new InvalidMeetingException("rrule", "meeting.error.rruleEmpty");
        }
        return starts;
    }
}
