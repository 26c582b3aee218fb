package se.samverka.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The years Samverka plans in (2000 to 2199): dates outside them are typing mistakes or attacks, and some
 * (year +999999999) cannot even be stored or calculated with. Entities check their dates against it.
 */
public final class CalendarRange {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2199;

    private CalendarRange() {
    }

    /** Null passes (whether a date is required is the caller's rule). */
    public static void check(LocalDate date, String field) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            throw new OutOfRange(field);
        }
    }

    public static void check(LocalDateTime time, String field) {
        check(time == null ? null : time.toLocalDate(), field);
    }

    /** A date outside the years Samverka plans in. */
    public static class OutOfRange extends DomainException {
        public OutOfRange(String field) {
            super(Kind.INVALID, field, "validation.dateRange", FIRST_YEAR, LAST_YEAR);
        }
    }
}
