package se.samverka.registration;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;

/**
 * An event's workshops grouped into time slots: workshops that overlap, directly or through another
 * workshop, share a slot, and a participant picks at most one workshop per slot. Other kinds of
 * session are left out.
 */
public final class WorkshopSlots {

    private WorkshopSlots() {
    }

    /** The slots in time order; each slot's workshops by start, then title. */
    public static List<Slot> of(Collection<Session> sessions) {
        List<Session> workshops = sessions.stream()
                .filter(session -> session.getKind() == SessionKind.WORKSHOP)
                .sorted(Comparator.comparing(Session::getStart).thenComparing(Session::getTitle))
                .toList();
        List<Slot> slots = new ArrayList<>();
        Slot current = null;
        for (Session workshop : workshops) {
            if (current == null || !workshop.getStart().isBefore(current.end)) {
                current = new Slot(slots.size() + 1);
                slots.add(current);
            }
            current.add(workshop);
        }
        return slots;
    }

    /** Workshops that run at the same time. */
    public static final class Slot {

        private final int number;
        private final List<Session> workshops = new ArrayList<>();
        private LocalDateTime start;
        private LocalDateTime end;

        private Slot(int number) {
            this.number = number;
        }

        private void add(Session workshop) {
            workshops.add(workshop);
            start = start == null || workshop.getStart().isBefore(start) ? workshop.getStart() : start;
            end = end == null || workshop.getEnd().isAfter(end) ? workshop.getEnd() : end;
        }

        public boolean contains(Session session) {
            return workshops.contains(session);
        }

        /** 1 for the first slot of the event, 2 for the next ... */
        public int getNumber() {
            return number;
        }

        public LocalDateTime getStart() {
            return start;
        }

        public LocalDateTime getEnd() {
            return end;
        }

        public List<Session> getWorkshops() {
            return List.copyOf(workshops);
        }
    }
}
