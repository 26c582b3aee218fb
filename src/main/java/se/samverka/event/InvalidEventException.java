package se.samverka.event;

import se.samverka.platform.DomainException;

/** An event, day or room was given values that break its rules. */
public class InvalidEventException extends DomainException {

    public InvalidEventException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
