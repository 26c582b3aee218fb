package se.samverka.program;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.samverka.documents.EventHeading;
import se.samverka.documents.SessionRow;
import se.samverka.documents.SpeakerRow;
import se.samverka.event.Event;
import se.samverka.platform.Messages;

/**
 * An event and its sessions copied into the rows the documents print (the programme, an attendance sheet's
 * heading), so that {@code documents} need not know events or sessions. Labels are given in the document's
 * language.
 */
public final class ProgramRows {

    private ProgramRows() {
    }

    public static EventHeading heading(Event event) {
        return new EventHeading(event.getTitle(), event.getStartDate(), event.getEndDate(), event.getVenue(),
                event.getContactName());
    }

    public static SessionRow row(Session session, Locale locale) {
        Locale language = Messages.supported(locale);
        return new SessionRow(session.getStart(), session.getEnd(), session.getTitle(),
                Messages.text(language, "session.kind." + session.getKind().name()),
                session.getKind() == SessionKind.BREAK,
                session.getTheme() == null ? null : session.getTheme().name(language),
                session.getRoom() == null ? null : session.getRoom().getName(),
                session.getSpeakers().stream().map(Speaker::getName).toList());
    }

    public static List<SessionRow> rows(Collection<Session> sessions, Locale locale) {
        return sessions.stream().map(session -> row(session, locale)).toList();
    }

    /** Every speaker of the sessions once, in the order first met. */
    public static List<SpeakerRow> speakers(Collection<Session> sessions) {
        Set<Speaker> distinct = new LinkedHashSet<>();
        sessions.forEach(session -> distinct.addAll(session.getSpeakers()));
        return distinct.stream().map(speaker -> new SpeakerRow(speaker.getName(), speaker.getTitle(),
                speaker.getOrganisation(), speaker.getBio())).toList();
    }
}
