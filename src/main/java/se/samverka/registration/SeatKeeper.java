package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.samverka.event.Event;
import se.samverka.event.Seats;
import se.samverka.program.Session;

/**
 * Hands out event and workshop seats and moves lines up, by the rules of {@link Seating}, over the counts kept
 * in {@link SeatCounter} rows. It locks only the counters it needs, workshops first (by id) and then the event,
 * always in that order so that two requests never wait for each other in a circle; the caller does the rest of
 * its work before, so the locks are held from here to the commit. Registrations for different workshops of one
 * event meet only at the event's counter, for that moment.
 */
@ApplicationScoped
class SeatKeeper {

    private final EntityManager em;
    private final SeatCounters counters;

    SeatKeeper() {
        this(null, null);
    }

    @Inject
    SeatKeeper(EntityManager em, SeatCounters counters) {
        this.em = em;
        this.counters = counters;
    }

    /** Places a new or approved registration (its choices made): seated if the event has room, else in line. */
    void place(Registration registration, LocalDateTime now) {
        Event event = registration.getEvent();
        Map<Long, SeatCounter> workshops = lockWorkshops(event, sessionIds(registration.getChoices()));
        SeatCounter eventSeats = lock(event.getId(), null);
        registration.enterLine(eventSeats.nextLineNumber());
        Map<Long, Seats> chosen = new HashMap<>();
        for (WorkshopChoice choice : registration.getChoices()) {
            SeatCounter counter = workshops.get(choice.getSession().getId());
            choice.enterLine(counter.nextLineNumber());
            chosen.put(choice.getSession().getId(), counter.seats(choice.getSession().getCapacity()));
        }
        Seating.Placement placement = Seating.place(eventSeats.seats(event.getCapacity()), chosen);
        if (!placement.confirmed()) {
            registration.waitlist(now);
            return;
        }
        registration.confirm(now);
        eventSeats.take();
        for (WorkshopChoice choice : registration.getChoices()) {
            if (placement.seatedIn().contains(choice.getSession().getId())) {
                choice.seat();
                workshops.get(choice.getSession().getId()).take();
            }
        }
    }

    /**
     * The registration's workshops become {@code wanted}: dropped choices give their seats back (and those
     * workshops' lines move up), new ones take a place in line and, for a confirmed registration, a free seat.
     * Returns who moved up.
     */
    List<Promotion> choose(Registration registration, List<Session> wanted, LocalDateTime now) {
        Event event = registration.getEvent();
        // every workshop of the event, not only those the registration held when it was read: another change of
        // the same registration may have chosen others by the time its row is locked
        Set<Long> affected = new TreeSet<>(workshopIds(event));
        affected.addAll(sessionIds(registration.getChoices()));
        wanted.forEach(session -> affected.add(session.getId()));
        Map<Long, SeatCounter> workshops = lockWorkshops(event, affected);
        lockRow(registration);
        for (Long sessionId : sessionIds(registration.getChoices())) {
            workshops.computeIfAbsent(sessionId, id -> lock(event.getId(), id)); // a session no longer a workshop
        }
        Set<Long> freed = new TreeSet<>();
        for (WorkshopChoice choice : registration.getChoices()) {
            if (!wanted.contains(choice.getSession()) && choice.isSeated()
                    && registration.getStatus() == RegistrationStatus.CONFIRMED) {
                workshops.get(choice.getSession().getId()).release();
                freed.add(choice.getSession().getId());
            }
        }
        for (WorkshopChoice added : registration.choose(wanted, now)) {
            SeatCounter counter = workshops.get(added.getSession().getId());
            added.enterLine(counter.nextLineNumber());
            if (registration.getStatus() == RegistrationStatus.CONFIRMED
                    && counter.seats(added.getSession().getCapacity()).hasFree()) {
                added.seat();
                counter.take();
            }
        }
        em.flush();
        return moveUp(event, null, workshops.entrySet().stream().filter(w -> freed.contains(w.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), now);
    }

    /** Withdraws a registration, gives its seats back and moves the lines up; returns who moved up. */
    List<Promotion> cancel(Registration registration, LocalDateTime now) {
        Event event = registration.getEvent();
        Map<Long, SeatCounter> workshops = lockWorkshops(event, workshopIds(event));
        SeatCounter eventSeats = lock(event.getId(), null);
        lockRow(registration);
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            eventSeats.release();
            registration.getChoices().stream().filter(WorkshopChoice::isSeated)
                    .forEach(choice -> workshops.get(choice.getSession().getId()).release());
        }
        registration.cancel(now);
        em.flush();
        return moveUp(event, eventSeats, workshops, now);
    }

    /**
     * An organiser seats a waiting person out of turn, over the event's capacity if it is full; their choices take
     * the workshop seats that are free.
     */
    Promotion seatByHand(Registration registration, LocalDateTime now) {
        Event event = registration.getEvent();
        Map<Long, SeatCounter> workshops = lockWorkshops(event, sessionIds(registration.getChoices()));
        SeatCounter eventSeats = lock(event.getId(), null);
        lockRow(registration);
        if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
            throw new RegistrationNotActiveException();
        }
        registration.confirm(now);
        eventSeats.take();
        for (WorkshopChoice choice : registration.getChoices()) {
            SeatCounter counter = workshops.get(choice.getSession().getId());
            if (counter.seats(choice.getSession().getCapacity()).hasFree()) {
                choice.seat();
                counter.take();
            }
        }
        return new Promotion(registration, true, List.of());
    }

    /**
     * The event's or a workshop's seats changed: the counts are checked against the tables (and corrected, should
     * they ever be off), and the lines move up into any free seats.
     */
    List<Promotion> capacityChanged(Event event, LocalDateTime now) {
        Map<Long, SeatCounter> workshops = lockWorkshops(event, workshopIds(event));
        SeatCounter eventSeats = lock(event.getId(), null);
        em.flush();
        eventSeats.recount(counters.confirmed(event.getId()));
        workshops.forEach((sessionId, counter) -> counter.recount(counters.seated(sessionId)));
        return moveUp(event, eventSeats, workshops, now);
    }

    /**
     * Moves the lines up into free seats (the event's when {@code eventSeats} is given, else only the workshops'),
     * with the counters already locked.
     */
    private List<Promotion> moveUp(Event event, SeatCounter eventSeats, Map<Long, SeatCounter> workshops,
            LocalDateTime now) {
        Seats seats = eventSeats == null ? Seats.of(0, 0) : eventSeats.seats(event.getCapacity());
        List<Registration> eventLine = seats.hasFree() ? waiting(event, seats.free()) : List.of();
        Map<Long, Registration> byId = new LinkedHashMap<>();
        eventLine.forEach(r -> byId.put(r.getId(), r));
        Map<Long, Seats> free = new TreeMap<>();
        Map<Long, Session> sessions = new HashMap<>();
        List<WorkshopChoice> candidates = new ArrayList<>();
        workshops.forEach((sessionId, counter) -> {
            Session session = em.find(Session.class, sessionId);
            if (session != null && counter.seats(session.getCapacity()).hasFree()) {
                free.put(sessionId, counter.seats(session.getCapacity()));
                sessions.put(sessionId, session);
            }
        });
        if (!free.isEmpty()) {
            candidates = waitingChoices(free.keySet(), byId.keySet());
        }
        Map<Long, WorkshopChoice> choices = new HashMap<>();
        candidates.forEach(c -> choices.put(c.getId(), c));
        Seating.MoveUp moves = Seating.moveUp(seats,
                eventLine.stream().map(r -> new Seating.Waiting(r.getId(), r.getLineNumber())).toList(), free,
                candidates.stream().map(c -> new Seating.WaitingChoice(c.getId(), c.getRegistration().getId(),
                        c.getSession().getId(), c.getLineNumber() == null ? Long.MAX_VALUE : c.getLineNumber(),
                        c.getRegistration().getStatus() == RegistrationStatus.CONFIRMED)).toList());
        Map<Registration, List<Session>> toWorkshops = new LinkedHashMap<>();
        for (Long id : moves.toEvent()) {
            Registration registration = byId.get(id);
            registration.confirm(now);
            eventSeats.take();
            toWorkshops.put(registration, new ArrayList<>());
        }
        for (Seating.WaitingChoice move : moves.toWorkshops()) {
            WorkshopChoice choice = choices.get(move.choiceId());
            choice.seat();
            workshops.get(move.sessionId()).take();
            toWorkshops.computeIfAbsent(choice.getRegistration(), r -> new ArrayList<>()).add(choice.getSession());
        }
        List<Promotion> promotions = new ArrayList<>();
        toWorkshops.forEach((registration, seated) ->
                promotions.add(new Promotion(registration, moves.toEvent().contains(registration.getId()), seated)));
        return promotions;
    }

    /** The registration's place in the event's line (1 = next), or 0 when not in line. */
    int positionInLine(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.WAITLISTED || registration.getLineNumber() == null) {
            return 0;
        }
        Long ahead = em.createQuery("select count(r) from Registration r where r.event = :event"
                        + " and r.status = :waitlisted and r.lineNumber < :line", Long.class)
                .setParameter("event", registration.getEvent())
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .setParameter("line", registration.getLineNumber())
                .getSingleResult();
        return ahead.intValue() + 1;
    }

    /** Confirmed participants of the event, as its counter has them (no lock: for showing, not deciding). */
    long confirmedAt(Event event) {
        SeatCounter counter = em.find(SeatCounter.class, SeatCounter.eventKey(event.getId()));
        return counter == null ? counters.confirmed(event.getId()) : counter.getTaken();
    }

    /** Seats taken in each of the event's workshops that has a counter (no lock: for showing, not deciding). */
    Map<Long, Long> seatsTaken(Long eventId) {
        Map<Long, Long> taken = new HashMap<>();
        em.createQuery("select c from SeatCounter c where c.eventId = :event and c.sessionId is not null",
                        SeatCounter.class)
                .setParameter("event", eventId)
                .getResultList()
                .forEach(counter -> {
                    if (counter.getTaken() > 0) {
                        taken.put(counter.getSessionId(), counter.getTaken());
                    }
                });
        return taken;
    }

    /**
     * Reads the registration again with its row locked, after the counters (always in that order): changes to one
     * registration then go one after the other, each seeing the one before.
     */
    void lockRow(Registration registration) {
        if (em.contains(registration)) {
            em.refresh(registration, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    /** Locks the counters of these workshops of the event, in ascending id order. */
    private Map<Long, SeatCounter> lockWorkshops(Event event, Collection<Long> sessionIds) {
        Map<Long, SeatCounter> locked = new TreeMap<>();
        for (Long sessionId : new TreeSet<>(sessionIds)) {
            locked.put(sessionId, lock(event.getId(), sessionId));
        }
        return locked;
    }

    /** The counter of the event ({@code sessionId} null) or of a workshop, locked until the commit. */
    private SeatCounter lock(Long eventId, Long sessionId) {
        String key = sessionId == null ? SeatCounter.eventKey(eventId) : SeatCounter.sessionKey(sessionId);
        SeatCounter counter = em.find(SeatCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter != null) {
            return counter;
        }
        try {
            counters.create(eventId, sessionId);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            // made at the same moment by another request: fine, it is there now
        }
        counter = em.find(SeatCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("no seat counter " + key);
        }
        return counter;
    }

    private static Set<Long> sessionIds(Collection<WorkshopChoice> choices) {
        return choices.stream().map(c -> c.getSession().getId()).collect(Collectors.toCollection(TreeSet::new));
    }

    private List<Long> workshopIds(Event event) {
        return em.createQuery("select s.id from Session s where s.event = :event"
                        + " and s.kind = se.samverka.program.SessionKind.WORKSHOP order by s.id", Long.class)
                .setParameter("event", event)
                .getResultList();
    }

    /** The first {@code max} of the event's line, in order. */
    private List<Registration> waiting(Event event, long max) {
        return em.createQuery("select r from Registration r where r.event = :event and r.status = :waitlisted"
                        + " order by r.lineNumber, r.id", Registration.class)
                .setParameter("event", event)
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .setMaxResults((int) Math.min(max, 10_000))
                .getResultList();
    }

    /** Waiting choices in these workshops of confirmed registrations and of those just moving up, in line order. */
    private List<WorkshopChoice> waitingChoices(Set<Long> sessionIds, Set<Long> movingUp) {
        var query = em.createQuery("select c from WorkshopChoice c where c.session.id in :sessions"
                        + " and c.status = :waiting and (c.registration.status = :confirmed"
                        + (movingUp.isEmpty() ? "" : " or c.registration.id in :movingUp") + ")"
                        + " order by c.lineNumber, c.id", WorkshopChoice.class)
                .setParameter("sessions", sessionIds)
                .setParameter("waiting", ChoiceStatus.WAITLISTED)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED);
        if (!movingUp.isEmpty()) {
            query.setParameter("movingUp", movingUp);
        }
        return query.getResultList();
    }
}
