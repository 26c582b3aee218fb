package se.samverka.meeting;

import se.samverka.platform.DomainException;

/** A meeting, its series or its minutes were given something that breaks a rule (400, or 409 for a state). */
public class InvalidMeetingException extends DomainException {

    public InvalidMeetingException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }

    private InvalidMeetingException(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    /** The meeting's state does not allow this now (cancelled, already approved, nothing to move to). */
    public static InvalidMeetingException conflict(String messageKey, Object... arguments) {
        return new InvalidMeetingException(Kind.CONFLICT, messageKey, arguments);
    }

    /** The caller convenes other series, not this one. */
    public static InvalidMeetingException notYours() {
        return new InvalidMeetingException(Kind.FORBIDDEN, "meeting.error.notConvener");
    }
}
