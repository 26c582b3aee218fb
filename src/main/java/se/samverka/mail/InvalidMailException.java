package se.samverka.mail;

import se.samverka.platform.DomainException;

/** A mail cannot be queued as given (no valid address, no subject or text), or not sent again now. */
public class InvalidMailException extends DomainException {

    public InvalidMailException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
