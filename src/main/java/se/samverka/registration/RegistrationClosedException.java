package se.samverka.registration;

import se.samverka.platform.DomainException;

/** Online registration for the event is not open (yet, or any more). */
public class RegistrationClosedException extends DomainException {

    public RegistrationClosedException() {
        super(Kind.GONE, "registration.error.closed");
    }
}
