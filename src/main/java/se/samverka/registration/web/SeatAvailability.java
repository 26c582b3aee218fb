package se.samverka.registration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import se.samverka.event.Event;
import se.samverka.program.Session;
import se.samverka.registration.RegistrationDirectory;

/**
 * Whether an event or a workshop is fully booked, for the public pages (the programme and the registration
 * form) to say so before anyone fills in the form. Read once per event and request from the seat counts that
 * hand out the seats ({@link RegistrationDirectory#isFull}, {@link RegistrationDirectory#fullWorkshops}). A view
 * bean of its own so that the programme's pages need not depend on registration's code.
 */
@Named
@RequestScoped
public class SeatAvailability {

    @Inject
    RegistrationDirectory registrations;

    private final Map<Long, Boolean> fullEvents = new HashMap<>();
    private final Map<Long, Set<Long>> fullWorkshops = new HashMap<>();

    /** Every seat of the event is taken: a new registration joins the waiting list. */
    public boolean eventFull(Event event) {
        return event != null && event.getId() != null
                && fullEvents.computeIfAbsent(event.getId(), registrations::isFull);
    }

    /** A workshop with every seat taken; false for any other kind of session. */
    public boolean workshopFull(Session session) {
        return session != null && session.getEvent() != null && fullWorkshops
                .computeIfAbsent(session.getEvent().getId(), registrations::fullWorkshops).contains(session.getId());
    }
}
