package se.samverka.dialogue;

import se.samverka.platform.DomainException;

/** A request to divide people into tables that cannot be followed: a table size out of range, a day not of the event. */
public class InvalidGroupingException extends DomainException {

    public InvalidGroupingException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
