package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;

/**
 * One event's automatic reminder, in one transaction: the event row is locked, the reminder marked sent and one
 * mail per confirmed registration queued together, so a second server (or a second run) that got the same event
 * waits for the lock and then finds it sent. A rollback takes back the mark and the mails alike.
 */
@ApplicationScoped
@Transactional
class ReminderMailing {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    RegistrationMails mails;

    /** The events whose reminder is due now (unlocked: {@link #remind} looks again under the lock). */
    List<Long> dueEvents(LocalDateTime now) {
        return em.createQuery("select e from Event e where e.reminderDays is not null and e.reminderSentAt is null"
                        + " and e.startDate >= :today", Event.class)
                .setParameter("today", now.toLocalDate())
                .getResultStream()
                .filter(event -> event.isReminderDue(now))
                .map(Event::getId)
                .toList();
    }

    /** Sends the event's reminder if it is still due; returns the number of mails queued (0 when not). */
    int remind(Long eventId, LocalDateTime now) {
        Event event = events.lockForSeats(eventId);
        if (!event.isReminderDue(now)) {
            return 0;
        }
        event.reminded(now);
        List<Registration> confirmed = em.createQuery("select r from Registration r where r.event = :event"
                        + " and r.status = :confirmed order by r.id", Registration.class)
                .setParameter("event", event)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultList();
        List<Session> sessions = program.sessions(eventId);
        confirmed.forEach(registration -> mails.reminder(registration, sessions));
        return confirmed.size();
    }
}
