package se.samverka.registration;

import se.samverka.platform.DomainException;

/** Staff may correct who a person is and their needs; days, workshops and answers are the organiser's. */
public class CorrectionNotAllowedException extends DomainException {

    public CorrectionNotAllowedException() {
        super(Kind.FORBIDDEN, "registration.error.organiserOnlyFields");
    }
}
