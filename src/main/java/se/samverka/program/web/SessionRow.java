package se.samverka.program.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.samverka.program.Conflict;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;
import se.samverka.program.Speaker;

/** One line of the organiser's session list: the session as text, with the warnings that concern it. */
public final class SessionRow implements Serializable {

    private final Long id;
    private final LocalDateTime start;
    private final LocalDateTime end;
    private final String title;
    private final SessionKind kind;
    private final String theme;
    private final String room;
    private final Integer seats;
    private final String speakers;
    private final List<String> warnings;

    private SessionRow(Session session, Locale locale, List<String> warnings) {
        this.id = session.getId();
        this.start = session.getStart();
        this.end = session.getEnd();
        this.title = session.getTitle();
        this.kind = session.getKind();
        this.theme = session.getTheme() == null ? null : session.getTheme().name(locale);
        this.room = session.getRoom() == null ? null : session.getRoom().getName();
        this.seats = session.getCapacity();
        this.speakers = session.getSpeakers().stream().map(Speaker::getName).sorted().collect(Collectors.joining(", "));
        this.warnings = warnings;
    }

    public static SessionRow of(Session session, List<Conflict> conflicts, Locale locale) {
        return new SessionRow(session, locale, warningsFor(session, conflicts, locale));
    }

    /** The descriptions of the conflicts that concern this session, in the viewer's language. */
    public static List<String> warningsFor(Session session, List<Conflict> conflicts, Locale locale) {
        return conflicts.stream().filter(c -> c.concerns(session)).map(c -> c.describe(locale)).toList();
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public String getTitle() {
        return title;
    }

    public SessionKind getKind() {
        return kind;
    }

    public String getTheme() {
        return theme;
    }

    public String getRoom() {
        return room;
    }

    public Integer getSeats() {
        return seats;
    }

    public String getSpeakers() {
        return speakers;
    }

    public List<String> getWarnings() {
        return warnings;
    }
}
