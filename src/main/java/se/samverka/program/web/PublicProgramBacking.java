package se.samverka.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.event.EventService;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.program.Speaker;
import se.samverka.security.Role;

/** The public programme page {@code /e/{slug}}: the event, its days and sessions, and its speakers. */
@Named
@RequestScoped
public class PublicProgramBacking {

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    Clock clock;

    private String slug;
    private Event event;
    private List<DayProgramme> days;
    private List<Speaker> speakers;

    /** One day of the programme with its sessions in time order. */
    public record DayProgramme(EventDay day, List<Session> sessions) {

        // Expression Language 5 reads JavaBeans getters, not record accessors.
        public EventDay getDay() {
            return day;
        }

        public List<Session> getSessions() {
            return sessions;
        }
    }

    public void load() throws IOException {
        event = slug == null ? null : events.visibleBySlug(slug, Faces.isUserInRole(Role.ORGANISER_NAME)).orElse(null);
        if (event == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        List<Session> sessions = program.sessions(event.getId());
        Map<java.time.LocalDate, List<Session>> byDate = sessions.stream()
                .collect(Collectors.groupingBy(s -> s.getStart().toLocalDate(), TreeMap::new, Collectors.toList()));
        days = event.getDays().stream()
                .map(day -> new DayProgramme(day, byDate.getOrDefault(day.getDate(), List.of())))
                .toList();
        speakers = sessions.stream().flatMap(s -> s.getSpeakers().stream()).distinct()
                .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Event getEvent() {
        return event;
    }

    public List<DayProgramme> getDays() {
        return days;
    }

    /** Whether the "Register" link shows: the event's registration window is open now. */
    public boolean isRegistrationOpen() {
        return event.isPublished() && event.isRegistrationOpen(LocalDateTime.now(clock));
    }

    public List<Speaker> getSpeakers() {
        return speakers;
    }
}
