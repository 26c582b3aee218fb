package se.samverka.program;

import se.samverka.platform.DomainException;

/** A session, speaker or theme was given values that break its rules. */
public class InvalidSessionException extends DomainException {

    public InvalidSessionException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
