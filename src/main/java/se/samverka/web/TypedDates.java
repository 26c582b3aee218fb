package se.samverka.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as people in Sweden type them. Times: "13:00", "13.00", "kl. 13", "1300", "9.30" (hours
 * 0–23). Dates: "2026-03-14", "2026-3-14", "20260314". Date and time: a date, then a space or "T", then a
 * time ("2026-03-14 13.00", and what a browser's own date-time field sends, "2026-03-14T13:00"). Anything
 * else is no date or time: the view then says how to write one.
 */
public final class TypedDates {

    private static final Pattern TIME = Pattern.compile(
            "(?:kl\\.?\\s*)?(\\d{1,2})(?:\\s*[:.]\\s*(\\d{2})(?:[:.](\\d{2}))?|(\\d{2}))?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-?(\\d{1,2})-?(\\d{1,2})");
    /** Lower case "t": {@link #matcher} reads the text in lower case. */
    private static final Pattern DATE_TIME = Pattern.compile("(\\S+?)(?:\\s*t\\s*|\\s+)(.+)");

    private TypedDates() {
    }

    /** The time typed, or empty when the text is no time of day (blank text included). */
    public static Optional<LocalTime> time(String typed) {
        Matcher match = matcher(TIME, typed);
        if (match == null) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(match.group(1));
        String minutes = match.group(2) != null ? match.group(2) : match.group(4);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        int second = match.group(3) == null ? 0 : Integer.parseInt(match.group(3));
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute, second));
    }

    /** The date typed, or empty when the text is no (existing) date. */
    public static Optional<LocalDate> date(String typed) {
        Matcher match = matcher(DATE, typed);
        if (match == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                    Integer.parseInt(match.group(3))));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    /** The date and time typed, or empty when the text is not both. */
    public static Optional<LocalDateTime> dateTime(String typed) {
        Matcher match = matcher(DATE_TIME, typed);
        if (match == null) {
            return Optional.empty();
        }
        Optional<LocalDate> date = date(match.group(1));
        Optional<LocalTime> time = time(match.group(2));
        return date.isPresent() && time.isPresent() ? Optional.of(date.get().atTime(time.get())) : Optional.empty();
    }

    private static Matcher matcher(Pattern pattern, String typed) {
        if (typed == null) {
            return null;
        }
        Matcher match = pattern.matcher(typed.strip().toLowerCase(Locale.ROOT));
        return match.matches() ? match : null;
    }
}
