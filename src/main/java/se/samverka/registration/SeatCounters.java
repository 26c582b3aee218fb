package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import se.samverka.event.SeatsOpened;

/**
 * Makes the seat counter of every new event and session, in the transaction that creates it. Counters of events
 * and sessions that existed before counters did were made by the migration; should one be missing all the same,
 * {@link #create} makes it in a transaction of its own from the tables, so that two first registrations at once
 * both find it (one of the two inserts fails and is ignored).
 */
@ApplicationScoped
class SeatCounters {

    private final EntityManager em;

    SeatCounters() {
        this(null);
    }

    @Inject
    SeatCounters(EntityManager em) {
        this.em = em;
    }

    @Transactional
    void open(@Observes SeatsOpened opened) {
        em.flush(); // the event or session row first: the counter refers to it
        em.persist(opened.sessionId() == null ? SeatCounter.forEvent(opened.eventId(), 0, 0)
                : SeatCounter.forSession(opened.eventId(), opened.sessionId(), 0, 0));
    }

    @Transactional(TxType.REQUIRES_NEW)
    void create(Long eventId, Long sessionId) {
        String key = sessionId == null ? SeatCounter.eventKey(eventId) : SeatCounter.sessionKey(sessionId);
        if (em.find(SeatCounter.class, key) != null) {
            return;
        }
        if (sessionId == null) {
            em.persist(SeatCounter.forEvent(eventId, confirmed(eventId),
                    count("select coalesce(max(r.lineNumber), 0) from Registration r where r.event.id = ?1", eventId)));
        } else {
            em.persist(SeatCounter.forSession(eventId, sessionId, seated(sessionId),
                    count("select coalesce(max(c.lineNumber), 0) from WorkshopChoice c where c.session.id = ?1",
                            sessionId)));
        }
    }

    /** Confirmed registrations of the event, counted in the table (what its counter should say). */
    long confirmed(Long eventId) {
        return count("select count(r) from Registration r where r.event.id = ?1"
                + " and r.status = se.samverka.registration.RegistrationStatus.CONFIRMED", eventId);
    }

    /** Seated choices of confirmed registrations in the workshop, counted in the table. */
    long seated(Long sessionId) {
        return count("select count(c) from WorkshopChoice c where c.session.id = ?1"
                + " and c.status = se.samverka.registration.ChoiceStatus.CONFIRMED"
                + " and c.registration.status = se.samverka.registration.RegistrationStatus.CONFIRMED", sessionId);
    }

    private long count(String jpql, Long id) {
        return ((Number) em.createQuery(jpql).setParameter(1, id).getSingleResult()).longValue();
    }
}
