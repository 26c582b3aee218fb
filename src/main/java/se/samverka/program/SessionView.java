package se.samverka.program;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDateTime;
import java.util.List;

/** A session as the API shows it; times are local to Europe/Stockholm. */
@JsonbPropertyOrder({"id", "title", "kind", "theme", "room", "start", "end", "capacity", "speakers", "summary"})
public record SessionView(Long id, String title, SessionKind kind, String theme, String room, LocalDateTime start,
        LocalDateTime end, Integer capacity, List<SpeakerRef> speakers,
        @JsonbProperty("abstract") String summary) {

    /** A speaker as listed with a session. */
    public record SpeakerRef(Long id, String name, String organisation) {
    }

    public static SessionView of(Session session) {
        return new SessionView(session.getId(), session.getTitle(), session.getKind(),
                session.getTheme() == null ? null : session.getTheme().getNameSv(),
                session.getRoom() == null ? null : session.getRoom().getName(),
                session.getStart(), session.getEnd(), session.getCapacity(),
                session.getSpeakers().stream().map(s -> new SpeakerRef(s.getId(), s.getName(), s.getOrganisation()))
                        .toList(),
                session.getSummary());
    }
}
