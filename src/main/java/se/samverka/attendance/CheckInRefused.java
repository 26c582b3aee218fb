package se.samverka.attendance;

import java.util.Locale;
import se.samverka.platform.DomainException;
import se.samverka.platform.Messages;

/**
 * A scan that admits nobody, with the reason the door screen shows (and the person's name, for staff):
 * an unknown code is 404, everything else 409. Each reason has its own problem type, so that a client can
 * tell them apart without reading the text.
 */
public class CheckInRefused extends DomainException {

    /** Why nobody was admitted. */
    public enum Reason {
        UNKNOWN_CODE(Kind.NOT_FOUND), CANCELLED(Kind.CONFLICT), WAITLISTED(Kind.CONFLICT), PENDING(Kind.CONFLICT),
        DECLINED(Kind.CONFLICT), NOT_FOR_DAY(Kind.CONFLICT), NOT_FOR_SESSION(Kind.CONFLICT),
        NOT_AN_EVENT_DAY(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }
    }

    private final Reason reason;
    private final String person;

    public CheckInRefused(Reason reason, String person) {
        super(reason.kind, "code", "checkIn.refused." + reason.name(), person == null ? "" : person);
        this.reason = reason;
        this.person = person;
    }

    public Reason reason() {
        return reason;
    }

    public String person() {
        return person;
    }

    @Override
    public String problemType() {
        return "tag:samverka.se,2026:check-in/" + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String summary(Locale locale) {
        return Messages.format(locale, "checkIn.refused." + reason.name(), person == null ? "" : person);
    }
}
