package se.samverka.registration;

import se.samverka.platform.DomainException;

/** An organiser moved a confirmed participant into a workshop that has no free seat; nothing was changed. */
public class WorkshopFullException extends DomainException {

    public WorkshopFullException(String workshop) {
        super(Kind.CONFLICT, "sessionIds", "registration.error.workshopFull", workshop);
    }
}
