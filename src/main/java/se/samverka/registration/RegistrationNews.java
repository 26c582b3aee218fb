package se.samverka.registration;

import java.util.List;

/**
 * What happened to a registration, fired as a CDI event inside the transaction that did it, for the
 * features that tell the person about it (the mail side queues one small outbox record per event and writes
 * the mail only when it is delivered). Registration services fire these; they never call the mail code.
 */
public sealed interface RegistrationNews {

    /** The registration this is about. */
    Long registrationId();

    /** A new registration: confirmed, in line or waiting for approval (its status says which). */
    record Registered(Long registrationId) implements RegistrationNews {
    }

    /** The person changed their own registration. */
    record Changed(Long registrationId) implements RegistrationNews {
    }

    /** Moved up: to an event seat ({@code toEvent}), or else to seats in the named workshops (session ids). */
    record Promoted(Long registrationId, boolean toEvent, List<Long> workshopIds) implements RegistrationNews {
        public Promoted {
            workshopIds = List.copyOf(workshopIds);
        }
    }

    /** Withdrawn by the person, or by an organiser who chose to tell them. */
    record Cancelled(Long registrationId, boolean byOrganiser) implements RegistrationNews {
    }

    /** Approval mode: let in (seated or in line: the status says which). */
    record Approved(Long registrationId) implements RegistrationNews {
    }

    /** Approval mode: turned down. */
    record Declined(Long registrationId) implements RegistrationNews {
    }

    /** "Send my link again". */
    record LinkRequested(Long registrationId) implements RegistrationNews {
    }
}
