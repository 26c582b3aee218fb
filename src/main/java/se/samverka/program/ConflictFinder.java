package se.samverka.program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverka.event.EventDay;

/**
 * Finds what is wrong with a programme without blocking it: a speaker or a room booked twice at
 * once, a session outside its day's hours, a workshop with more seats than its room.
 */
public final class ConflictFinder {

    private ConflictFinder() {
    }

    public static List<Conflict> find(List<Session> sessions) {
        List<Session> sorted = new ArrayList<>(sessions);
        sorted.sort((a, b) -> a.getStart().compareTo(b.getStart()));
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Session session = sorted.get(i);
            outsideHours(session).ifPresent(conflicts::add);
            seatsExceedRoom(session).ifPresent(conflicts::add);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).getStart().isBefore(session.getEnd()); j++) {
                Session other = sorted.get(j);
                if (!session.overlaps(other)) {
                    continue;
                }
                if (session.getSpeakers().stream().anyMatch(other::hasSpeaker)) {
                    conflicts.add(new Conflict(Conflict.Type.SPEAKER_DOUBLE_BOOKED, session, other));
                }
                if (session.getRoom() != null && Objects.equals(session.getRoom(), other.getRoom())) {
                    conflicts.add(new Conflict(Conflict.Type.ROOM_DOUBLE_BOOKED, session, other));
                }
            }
        }
        return Collections.unmodifiableList(conflicts);
    }

    static Optional<Conflict> outsideHours(Session session) {
        Optional<EventDay> day = session.getEvent().day(session.getStart().toLocalDate());
        boolean inside = day.map(d -> d.contains(session.getStart(), session.getEnd())).orElse(false);
        return inside ? Optional.empty() : Optional.of(new Conflict(Conflict.Type.OUTSIDE_DAY_HOURS, session, null));
    }

    static Optional<Conflict> seatsExceedRoom(Session session) {
        boolean exceeds = session.getKind() == SessionKind.WORKSHOP
                && session.getCapacity() != null
                && session.getRoom() != null
                && session.getRoom().getSeats() != null
                && session.getCapacity() > session.getRoom().getSeats();
        return exceeds ? Optional.of(new Conflict(Conflict.Type.SEATS_EXCEED_ROOM, session, null)) : Optional.empty();
    }
}
