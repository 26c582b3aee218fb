package se.samverka.cockpit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.samverka.cockpit.EventOverview;
import se.samverka.cockpit.Overview;

/** The overview on the admin home: each upcoming event, drafts included, read once per request. */
@Named
@RequestScoped
public class OverviewBacking {

    @Inject
    Overview overview;

    @Inject
    Clock clock;

    private List<EventOverview> events;

    public List<EventOverview> getEvents() {
        if (events == null) {
            events = overview.upcoming(LocalDate.now(clock));
        }
        return events;
    }
}
