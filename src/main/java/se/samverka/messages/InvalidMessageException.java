package se.samverka.messages;

import se.samverka.platform.DomainException;

/** A message that cannot be sent as written: no subject, no body, an unknown placeholder, nobody to send to. */
public class InvalidMessageException extends DomainException {

    public InvalidMessageException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
