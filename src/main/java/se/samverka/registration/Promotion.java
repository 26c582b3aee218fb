package se.samverka.registration;

import java.util.List;
import se.samverka.program.Session;

/**
 * A registration that moved up: to a seat at the event ({@code toEvent}) and/or to seats in workshops whose
 * line it was in. Its mail says which: an event seat, or a seat in the named workshops.
 */
record Promotion(Registration registration, boolean toEvent, List<Session> workshops) {

    Promotion {
        workshops = List.copyOf(workshops);
    }

    /** The CDI event that tells the person. */
    RegistrationNews.Promoted news() {
        return new RegistrationNews.Promoted(registration.getId(), toEvent,
                workshops.stream().map(Session::getId).toList());
    }
}
