package se.samverka.registration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverka.event.Seats;

/**
 * Who gets a seat, decided over seats and lines already loaded, free of the database (the way Cargo Tracker's
 * {@code RouteSpecification} decides over a loaded itinerary). The rules:
 * <ul>
 * <li>A newcomer is seated when a seat is free. Nobody can be waiting then, because every seat that is freed or
 * added is handed to the line at once ({@link #moveUp}); so a free seat always goes to the newcomer.</li>
 * <li>Lines are first come, first served: by line number, the order in which the seats' counter accepted each
 * request. Nobody later in a line moves up while someone earlier still waits.</li>
 * <li>Only a confirmed registration competes for workshop seats; one that moves up to an event seat competes at
 * once, with the line numbers its choices got when they were made.</li>
 * </ul>
 */
final class Seating {

    private Seating() {
    }

    /** Someone in the event's line: their registration and line number. */
    record Waiting(long registrationId, long lineNumber) {
    }

    /** A workshop choice in that workshop's line, and whether its registration holds an event seat. */
    record WaitingChoice(long choiceId, long registrationId, long sessionId, long lineNumber, boolean confirmed) {
    }

    /** What a newcomer gets: an event seat or not, and the chosen workshops (session ids) that seat them. */
    record Placement(boolean confirmed, Set<Long> seatedIn) {
    }

    /** Who moves up: registrations to event seats (in line order), and choices to workshop seats (in line order). */
    record MoveUp(List<Long> toEvent, List<WaitingChoice> toWorkshops) {

        boolean isEmpty() {
            return toEvent.isEmpty() && toWorkshops.isEmpty();
        }
    }

    /**
     * A newcomer with these event seats and the seats of each chosen workshop (session id to seats): seated when
     * the event has a free seat, and then in each chosen workshop with a free seat; otherwise in line for all.
     */
    static Placement place(Seats event, Map<Long, Seats> chosen) {
        if (!event.hasFree()) {
            return new Placement(false, Set.of());
        }
        Set<Long> seated = new LinkedHashSet<>();
        chosen.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(workshop -> workshop.getValue().hasFree())
                .forEach(workshop -> seated.add(workshop.getKey()));
        return new Placement(true, seated);
    }

    /**
     * Fills free event seats from the event's line, then free workshop seats from each workshop's line, first
     * come, first served. {@code workshops} holds the seats of every workshop that a waiting choice is for.
     */
    static MoveUp moveUp(Seats event, List<Waiting> eventLine, Map<Long, Seats> workshops,
            List<WaitingChoice> workshopLines) {
        Seats eventSeats = event;
        List<Long> toEvent = new ArrayList<>();
        for (Waiting next : eventLine.stream().sorted(Comparator.comparingLong(Waiting::lineNumber)).toList()) {
            if (!eventSeats.hasFree()) {
                break;
            }
            eventSeats = eventSeats.take();
            toEvent.add(next.registrationId());
        }
        Set<Long> nowConfirmed = Set.copyOf(toEvent);
        Map<Long, Seats> seats = new HashMap<>(workshops);
        List<WaitingChoice> toWorkshops = new ArrayList<>();
        for (WaitingChoice choice : workshopLines.stream()
                .sorted(Comparator.comparingLong(WaitingChoice::lineNumber)).toList()) {
            if (!choice.confirmed() && !nowConfirmed.contains(choice.registrationId())) {
                continue;
            }
            Seats workshop = seats.get(choice.sessionId());
            if (workshop == null) {
                throw new IllegalArgumentException("no seats given for workshop " + choice.sessionId());
            }
            if (workshop.hasFree()) {
                seats.put(choice.sessionId(), workshop.take());
                toWorkshops.add(choice);
            }
        }
        return new MoveUp(List.copyOf(toEvent), List.copyOf(toWorkshops));
    }
}
