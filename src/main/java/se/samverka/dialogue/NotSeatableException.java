package se.samverka.dialogue;

import se.samverka.platform.DomainException;

/**
 * Only confirmed participants of the day get a seat: someone cancelled, waiting or not coming that day is refused,
 * and so is mixing a day that has no one left to seat.
 */
public class NotSeatableException extends DomainException {

    private NotSeatableException(String messageKey, Object... arguments) {
        super(Kind.CONFLICT, messageKey, arguments);
    }

    /** The person is not a confirmed participant of the day. */
    public static NotSeatableException notAttending(String name, Object day) {
        return new NotSeatableException("dialogue.error.notAttending", name, day);
    }

    /** Nobody (else) to seat: no confirmed participants that day, or none checked in, or all at locked tables. */
    public static NotSeatableException nobody(Object day) {
        return new NotSeatableException("dialogue.error.nobody", day);
    }
}
