package se.samverka.privacy;

import java.time.LocalDate;
import se.samverka.platform.DomainException;

/** Retention cannot be run early for an event that has not ended yet: its data is still in use. */
public class RetentionTooEarlyException extends DomainException {

    public RetentionTooEarlyException(LocalDate end) {
        super(Kind.CONFLICT, null, "privacy.error.notEnded", end.toString());
    }

    @Override
    public String problemType() {
        return "tag:samverka.se,2026:privacy/event-not-ended";
    }
}
