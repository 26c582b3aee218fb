package se.samverka.registration;

import se.samverka.platform.DomainException;

/** A registration (or its sector, answers or choices) breaks the registration rules. */
public class InvalidRegistrationException extends DomainException {

    public InvalidRegistrationException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
