package se.samverka.registration;

import se.samverka.platform.DomainException;

/** This e-mail address already has a registration for the event. */
public class DuplicateRegistrationException extends DomainException {

    public DuplicateRegistrationException() {
        super(Kind.CONFLICT, "email", "registration.error.duplicate");
    }
}
