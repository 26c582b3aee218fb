package se.samverka.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.samverka.event.Event;
import se.samverka.event.EventService;

/** The public start page: upcoming published events (drafts are not listed). */
@Named
@RequestScoped
public class EventListBacking {

    @Inject
    EventService events;

    @Inject
    Clock clock;

    private List<Event> upcoming;

    public List<Event> getUpcoming() {
        if (upcoming == null) {
            upcoming = events.upcomingPublished(LocalDate.now(clock));
        }
        return upcoming;
    }
}
