package se.samverka.accessibility;

import se.samverka.platform.DomainException;

/** Accessibility feedback that cannot be sent as given (no description, a malformed address, too long a text). */
public class InvalidFeedbackException extends DomainException {

    public InvalidFeedbackException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
