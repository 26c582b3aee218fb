package se.samverka.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import se.samverka.event.EventService;
import se.samverka.program.Conflict;
import se.samverka.program.ProgramService;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/** {@code admin/program/sessions.xhtml?event=ID}: an event's sessions with their warnings; delete one. */
@Named
@ViewScoped
public class SessionsBacking implements Serializable {

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    Language language;

    private Long eventId;
    private String eventTitle;
    private List<SessionRow> rows;
    private List<String> warnings;

    public void load() {
        eventTitle = events.get(eventId).getTitle();
        refresh();
    }

    public void delete(Long sessionId) {
        String title = program.get(eventId, sessionId).getTitle();
        program.delete(eventId, sessionId);
        Feedback.info("sessions.deleted", title);
        refresh();
    }

    private void refresh() {
        Locale locale = language.getLocale();
        List<Conflict> conflicts = program.conflicts(eventId);
        rows = program.sessions(eventId).stream().map(s -> SessionRow.of(s, conflicts, locale)).toList();
        warnings = conflicts.stream().map(c -> c.describe(locale)).toList();
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public String getEventTitle() {
        return eventTitle;
    }

    public List<SessionRow> getRows() {
        return rows;
    }

    public List<String> getWarnings() {
        return warnings;
    }
}
