package se.samverka.event.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverka.event.EventService;
import se.samverka.web.Feedback;

/** The days section of the event page: each day's programme hours. */
@Named
@ViewScoped
public class EventDaysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventService events;

    private Long eventId;
    private List<DayHoursRow> days;

    private void load() {
        days = events.get(eventId).getDays().stream().map(DayHoursRow::new).toList();
    }

    public void change(DayHoursRow day) {
        events.changeDayHours(eventId, day.getDate(), day.getStartsAt(), day.getEndsAt());
        Feedback.info("eventEdit.dayHoursSaved", day.getDate());
        load();
    }

    /** Shows the section for this event (the page passes its own event id); loads on first use. */
    public void show(Long eventId) {
        this.eventId = eventId;
    }

    public List<DayHoursRow> getDays() {
        if (days == null && eventId != null) {
            load();
        }
        return days;
    }
}
