package se.samverka.privacy;

import se.samverka.platform.DomainException;

/** The organiser looked a person up by something that is no e-mail address. */
public class InvalidPersonQueryException extends DomainException {

    public InvalidPersonQueryException() {
        super(Kind.INVALID, "email", "privacy.error.email");
    }
}
