package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverka.event.Event;
import se.samverka.program.Session;

/**
 * Hands out event seats and workshop seats, and moves waiting lists up. Callers must hold the
 * event's lock ({@code EventService.lockForSeats}), so the counts below cannot change underneath:
 * that lock is what keeps an event from ever being overbooked.
 */
@ApplicationScoped
class SeatKeeper {

    @PersistenceContext
    EntityManager em;

    /** Seats a new or re-opened registration if the event has room, else puts it in line. */
    void place(Registration registration, LocalDateTime now) {
        if (registration.getEvent().hasSeatFor(confirmedAt(registration.getEvent()))) {
            registration.confirm(now);
            registration.getChoices().forEach(this::seatIfFree);
        } else {
            registration.waitlist(now);
        }
    }

    /** Tries to seat a confirmed registration's new workshop choices. */
    void seatChoices(List<WorkshopChoice> choices) {
        choices.stream().filter(c -> c.getRegistration().getStatus() == RegistrationStatus.CONFIRMED)
                .forEach(this::seatIfFree);
    }

    /**
     * Fills free event seats from the waiting list, then free workshop seats from each workshop's
     * line, first come first served. Returns who moved up, and to what, in the order they moved.
     */
    List<Promotion> promote(Event event, LocalDateTime now) {
        Set<Registration> toEvent = new LinkedHashSet<>();
        Map<Registration, List<Session>> toWorkshops = new LinkedHashMap<>();
        long confirmed = confirmedAt(event);
        for (Registration next : waiting(event)) {
            if (!event.hasSeatFor(confirmed)) {
                break;
            }
            next.confirm(now);
            confirmed++;
            toEvent.add(next);
            toWorkshops.put(next, new ArrayList<>());
        }
        em.flush();
        for (WorkshopChoice choice : waitingChoices(event)) {
            if (seatIfFree(choice)) {
                toWorkshops.computeIfAbsent(choice.getRegistration(), r -> new ArrayList<>()).add(choice.getSession());
            }
        }
        List<Promotion> promotions = new ArrayList<>();
        toWorkshops.forEach((registration, workshops) ->
                promotions.add(new Promotion(registration, toEvent.contains(registration), workshops)));
        return promotions;
    }

    /** The registration's place in the event's waiting list (1 = next), or 0 when not in line. */
    int positionInLine(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
            return 0;
        }
        Long ahead = em.createQuery("select count(r) from Registration r where r.event = :event"
                        + " and r.status = :waitlisted and r.id <> :id"
                        + " and (r.queuedAt < :at or (r.queuedAt = :at and r.id < :id))",
                        Long.class)
                .setParameter("event", registration.getEvent())
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .setParameter("at", registration.getQueuedAt())
                .setParameter("id", registration.getId())
                .getSingleResult();
        return ahead.intValue() + 1;
    }

    private boolean seatIfFree(WorkshopChoice choice) {
        Session session = choice.getSession();
        if (choice.isSeated()) {
            return false;
        }
        if (session.hasSeatFor(seatedIn(session))) {
            choice.seat();
            em.flush();
            return true;
        }
        return false;
    }

    long confirmedAt(Event event) {
        em.flush();
        return em.createQuery("select count(r) from Registration r where r.event = :event and r.status = :confirmed",
                        Long.class)
                .setParameter("event", event)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getSingleResult();
    }

    private long seatedIn(Session session) {
        return em.createQuery("select count(c) from WorkshopChoice c where c.session = :session"
                        + " and c.status = :seated and c.registration.status = :confirmed", Long.class)
                .setParameter("session", session)
                .setParameter("seated", ChoiceStatus.CONFIRMED)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getSingleResult();
    }

    private List<Registration> waiting(Event event) {
        return em.createQuery("select r from Registration r where r.event = :event and r.status = :waitlisted"
                        + " order by r.queuedAt, r.id", Registration.class)
                .setParameter("event", event)
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .getResultList();
    }

    private List<WorkshopChoice> waitingChoices(Event event) {
        return new ArrayList<>(em.createQuery("select c from WorkshopChoice c where c.registration.event = :event"
                        + " and c.status = :waiting and c.registration.status = :confirmed"
                        + " order by c.chosenAt, c.id", WorkshopChoice.class)
                .setParameter("event", event)
                .setParameter("waiting", ChoiceStatus.WAITLISTED)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultList());
    }
}
