package se.samverka.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The pure rules of retention time: an event's own period wins over the installation's; data is due from
 * {@link RetentionRules#dueFrom} (the day after the end plus the period); things dated by themselves (mails by
 * their creation, meetings by their date) are due when dated before {@link #datedBefore}.
 */
public final class RetentionDates {

    /** The longest period an event may set for itself: a hundred years. */
    public static final int MAX_DAYS = 36_500;

    private RetentionDates() {
    }

    /** The period that applies: the event's own ({@code overrideDays}, may be null), else the configured one. */
    public static Optional<Period> effective(Optional<Period> configured, Integer overrideDays) {
        return overrideDays != null ? Optional.of(Period.ofDays(overrideDays)) : configured;
    }

    /** The day data of something that ended on {@code end} goes, or empty when it is kept. */
    public static Optional<LocalDate> dueOn(LocalDate end, Optional<Period> period) {
        return period.map(p -> RetentionRules.dueFrom(end, p));
    }

    /** Whether data of something that ended on {@code end} is due on {@code today}. */
    public static boolean isDue(LocalDate end, Optional<Period> period, LocalDate today) {
        return dueOn(end, period).filter(due -> !due.isAfter(today)).isPresent();
    }

    /**
     * Things dated before this day are due on {@code today}: a thing of day D is due from D + period + 1, so on
     * {@code today} everything of a day before {@code today - period} is.
     */
    public static LocalDate datedBefore(LocalDate today, Period period) {
        return today.minus(period);
    }

    /**
     * An event's own period as the organiser typed it: blank means none (the installation's applies), else a whole
     * number of days from 0 to {@value #MAX_DAYS}.
     */
    public static Integer parseDays(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int days = Integer.parseInt(text.strip());
            if (days < 0 || days > MAX_DAYS) {
                throw new InvalidRetentionPeriodException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw new InvalidRetentionPeriodException();
        }
    }
}
