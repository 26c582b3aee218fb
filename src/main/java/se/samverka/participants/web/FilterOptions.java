package se.samverka.participants.web;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;
import se.samverka.registration.RegistrationStatus;
import se.samverka.registration.Sector;

/** What the participant filters offer to choose from, read once when the page opens. */
public record FilterOptions(List<Option> sectors, List<String> organisations, List<Option> workshops,
        List<Option> days, List<Option> sessions) implements Serializable {

    /** A value and its label. */
    public record Option(Object value, String label) implements Serializable {
        public Object getValue() { return value; }
        public String getLabel() { return label; }
    }

    /** The choices for an event, labelled in the viewer's language. */
    public static FilterOptions of(Event event, List<Session> sessions, List<Sector> sectors, List<String> organisations,
            Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
        DateTimeFormatter start = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", locale);
        return new FilterOptions(
                sectors.stream().map(s -> new Option(s.getCode(), s.name(locale))).toList(),
                organisations,
                sessions.stream().filter(s -> s.getKind() == SessionKind.WORKSHOP)
                        .map(s -> new Option(s.getId(), s.getTitle())).toList(),
                event.getDays().stream().map(EventDay::getDate).map(d -> new Option(d, day.format(d))).toList(),
                sessions.stream().map(s -> new Option(s.getId(), start.format(s.getStart()) + " · " + s.getTitle()))
                        .toList());
    }

    public List<Option> getSectors() { return sectors; }
    public List<String> getOrganisations() { return organisations; }
    public List<Option> getWorkshops() { return workshops; }
    /** The event's days: the date and its name, e.g. "torsdag 12 mars". */
    public List<Option> getDays() { return days; }
    /** Every session of the programme, for its attendance sheet. */
    public List<Option> getSessions() { return sessions; }
    public RegistrationStatus[] getStatuses() { return RegistrationStatus.values(); }
}
