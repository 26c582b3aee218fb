package se.samverka.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.program.SessionKind;
import se.samverka.web.Language;

/**
 * The check-in desk ({@code admin/attendance/desk.xhtml?event=}): the page only names the event and the
 * places one can be admitted to (an event day's entrance, a session's door); its script does the scanning
 * through the API with the session's CSRF token.
 */
@Named
@RequestScoped
public class CheckInDeskBacking {

    @Inject
    Language language;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    Clock clock;

    private Long eventId;
    private Event event;

    public void load() throws IOException {
        try {
            event = events.get(eventId);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Where one can be admitted: each day's entrance, then each session's door, in time order. */
    public List<Place> getPlaces() {
        Locale locale = language.getLocale();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        List<Place> places = new ArrayList<>();
        event.getDays().forEach(d -> places.add(new Place("day:" + d.getDate(), day.format(d.getDate()))));
        program.sessions(eventId).stream().filter(s -> s.getKind() != SessionKind.BREAK)
                .forEach(s -> places.add(new Place("session:" + s.getId(),
                        day.format(s.getStart()) + " " + time.format(s.getStart()) + " – " + s.getTitle())));
        return places;
    }

    /** Today's entrance while the event runs, else its first day's. */
    public String getDefaultPlace() {
        LocalDate today = LocalDate.now(clock);
        return "day:" + (event.covers(today) ? today : event.getStartDate());
    }

    public String getEventTitle() {
        return event == null ? "" : event.getTitle();
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    /** A place to be admitted to, as the desk's menu offers it. */
    public record Place(String value, String label) {
        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }
}
