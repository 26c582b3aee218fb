package se.samverka.registration;

import se.samverka.platform.DomainException;

/** The registration was already cancelled or declined. */
public class RegistrationNotActiveException extends DomainException {

    public RegistrationNotActiveException() {
        super(Kind.CONFLICT, "registration.error.notActive");
    }
}
