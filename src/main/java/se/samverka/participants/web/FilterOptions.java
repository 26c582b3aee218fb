package se.samverka.participants.web;

import java.io.Serializable;
import java.util.List;
import se.samverka.registration.RegistrationStatus;

/** What the participant filters offer to choose from, read once when the page opens. */
public record FilterOptions(List<Option> sectors, List<String> organisations, List<Option> workshops,
        List<Option> days, List<Option> sessions) implements Serializable {

    /** A value and its label. */
    public record Option(Object value, String label) implements Serializable {
        public Object getValue() { return value; }
        public String getLabel() { return label; }
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
