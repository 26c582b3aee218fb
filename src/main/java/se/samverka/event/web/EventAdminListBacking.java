package se.samverka.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samverka.event.Event;
import se.samverka.event.EventService;

/** The admin start page: every event, newest first. */
@Named
@RequestScoped
public class EventAdminListBacking {

    @Inject
    EventService events;

    private List<Event> all;

    public List<Event> getEvents() {
        if (all == null) {
            all = events.all();
        }
        return all;
    }
}
