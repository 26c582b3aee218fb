package se.samverka.privacy;

import se.samverka.platform.DomainException;

/** An event's own retention period is not a whole number of days from 0 to 36 500. */
public class InvalidRetentionPeriodException extends DomainException {

    public InvalidRetentionPeriodException() {
        super(Kind.INVALID, "periodDays", "privacy.error.invalidPeriod", RetentionDates.MAX_DAYS);
    }
}
