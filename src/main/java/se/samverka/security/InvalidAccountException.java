package se.samverka.security;

import se.samverka.platform.DomainException;

/** Account data that breaks the account rules. */
public class InvalidAccountException extends DomainException {

    public InvalidAccountException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
