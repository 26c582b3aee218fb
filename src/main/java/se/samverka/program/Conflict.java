package se.samverka.program;

import java.util.Locale;
import se.samverka.platform.Messages;

/**
 * A warning about the programme: it does not block saving. {@code other} is the session the
 * first one clashes with, when there is one.
 */
public record Conflict(Type type, Session session, Session other) {

    /** The rules the conflict finder checks. */
    public enum Type {
        SPEAKER_DOUBLE_BOOKED, ROOM_DOUBLE_BOOKED, OUTSIDE_DAY_HOURS, SEATS_EXCEED_ROOM
    }

    public boolean concerns(Session candidate) {
        return candidate.equals(session) || candidate.equals(other);
    }

    public String describe(Locale locale) {
        return switch (type) {
            case SPEAKER_DOUBLE_BOOKED -> Messages.format(locale, "conflict.speaker", session.getTitle(),
                    other.getTitle(), sharedSpeaker());
            case ROOM_DOUBLE_BOOKED -> Messages.format(locale, "conflict.room", session.getTitle(), other.getTitle(),
                    session.getRoom().getName());
            case OUTSIDE_DAY_HOURS -> Messages.format(locale, "conflict.hours", session.getTitle());
            case SEATS_EXCEED_ROOM -> Messages.format(locale, "conflict.seats", session.getTitle(),
                    session.getCapacity(), session.getRoom().getName(), session.getRoom().getSeats());
        };
    }

    private String sharedSpeaker() {
        return session.getSpeakers().stream().filter(other::hasSpeaker).map(Speaker::getName).findFirst().orElse("");
    }
}
