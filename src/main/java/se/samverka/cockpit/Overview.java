package se.samverka.cockpit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverka.event.Event;
import se.samverka.mail.MailStatus;
import se.samverka.messages.EventMessage;
import se.samverka.program.SessionKind;
import se.samverka.registration.ChoiceStatus;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationStatus;

/**
 * The organiser's overview of the upcoming events (those ending today or later, drafts included): a handful of
 * grouped queries for all of them together, whatever the number of events, registrations or workshops.
 *
 * <p>Failed mails are tied to an event through their reference: {@code registration:{id}} (the registration
 * mails) and {@code message:{id}} (the organiser's messages). Other mails (certificates after an event, network
 * meetings) do not belong to an upcoming event's work and are not counted here; the outbox shows them all.
 */
@ApplicationScoped
@Transactional
public class Overview {

    private static final String REGISTRATION = "registration:";
    private static final String MESSAGE = "message:";
    /** Ids per {@code in} list, well below what any database takes. */
    private static final int IDS_PER_QUERY = 500;

    @PersistenceContext
    EntityManager em;

    /** The events ending on {@code today} or later, soonest first. */
    public List<EventOverview> upcoming(LocalDate today) {
        List<Event> events = em.createQuery("select e from Event e where e.endDate >= :today"
                + " order by e.startDate, e.title", Event.class).setParameter("today", today)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.days")
                .getResultList();
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<RegistrationStatus, Long>> statuses = registrationsByStatus(today);
        Map<Long, List<WorkshopSeats>> workshops = workshops(today);
        Map<Long, Long> failed = failedMails(today);
        List<EventOverview> overview = new ArrayList<>(events.size());
        for (Event event : events) {
            Map<RegistrationStatus, Long> counts = statuses.getOrDefault(event.getId(), Map.of());
            overview.add(new EventOverview(event.getId(), event.getTitle(), event.getSlug(), event.isPublished(),
                    event.getStartDate(), event.getEndDate(), event.getCapacity(), event.registrationClosesAt(),
                    ChronoUnit.DAYS.between(today, event.getStartDate()),
                    counts.getOrDefault(RegistrationStatus.CONFIRMED, 0L),
                    counts.getOrDefault(RegistrationStatus.WAITLISTED, 0L),
                    counts.getOrDefault(RegistrationStatus.PENDING, 0L),
                    counts.getOrDefault(RegistrationStatus.CANCELLED, 0L),
                    workshops.getOrDefault(event.getId(), List.of()), failed.getOrDefault(event.getId(), 0L)));
        }
        return overview;
    }

    private Map<Long, Map<RegistrationStatus, Long>> registrationsByStatus(LocalDate today) {
        Map<Long, Map<RegistrationStatus, Long>> counts = new HashMap<>();
        em.createQuery("select r.event.id, r.status, count(r) from Registration r where r.event.endDate >= :today"
                        + " group by r.event.id, r.status", Object[].class)
                .setParameter("today", today)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((RegistrationStatus) row[1], (Long) row[2]));
        return counts;
    }

    /** Each event's workshops in time order with their seated and waiting choices (of confirmed registrations). */
    private Map<Long, List<WorkshopSeats>> workshops(LocalDate today) {
        Map<Long, Map<ChoiceStatus, Long>> choices = new HashMap<>();
        em.createQuery("select c.session.id, c.status, count(c) from WorkshopChoice c"
                        + " where c.session.event.endDate >= :today and c.registration.status = :confirmed"
                        + " group by c.session.id, c.status", Object[].class)
                .setParameter("today", today)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultList()
                .forEach(row -> choices.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((ChoiceStatus) row[1], (Long) row[2]));
        Map<Long, List<WorkshopSeats>> workshops = new HashMap<>();
        em.createQuery("select s.event.id, s.id, s.title, s.start, s.capacity from Session s"
                        + " where s.event.endDate >= :today and s.kind = :workshop order by s.start, s.title, s.id",
                        Object[].class)
                .setParameter("today", today)
                .setParameter("workshop", SessionKind.WORKSHOP)
                .getResultList()
                .forEach(row -> {
                    long sessionId = (Long) row[1];
                    Map<ChoiceStatus, Long> counted = choices.getOrDefault(sessionId, Map.of());
                    workshops.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new WorkshopSeats(sessionId,
                            (String) row[2], (LocalDateTime) row[3], (Integer) row[4],
                            counted.getOrDefault(ChoiceStatus.CONFIRMED, 0L),
                            counted.getOrDefault(ChoiceStatus.WAITLISTED, 0L)));
                });
        return workshops;
    }

    /**
     * Failed mails per upcoming event: the references of every failed mail (there are few), then which events
     * their registrations and messages belong to.
     */
    private Map<Long, Long> failedMails(LocalDate today) {
        List<String> references = em.createQuery("select m.reference from OutgoingMail m where m.status = :failed"
                + " and m.reference is not null", String.class)
                .setParameter("failed", MailStatus.FAILED)
                .getResultList();
        Map<Long, Long> perRegistration = new HashMap<>();
        Map<Long, Long> perMessage = new HashMap<>();
        for (String reference : references) {
            count(reference, REGISTRATION, perRegistration);
            count(reference, MESSAGE, perMessage);
        }
        Map<Long, Long> perEvent = new HashMap<>();
        addPerEvent(Registration.class.getSimpleName(), perRegistration, today, perEvent);
        addPerEvent(EventMessage.class.getSimpleName(), perMessage, today, perEvent);
        return perEvent;
    }

    /** Adds the counts keyed by ids of the entity (one with an {@code event}) to the counts of their events. */
    private void addPerEvent(String entity, Map<Long, Long> perId, LocalDate today, Map<Long, Long> perEvent) {
        List<Long> ids = new ArrayList<>(perId.keySet());
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            em.createQuery("select x.id, x.event.id from " + entity + " x where x.id in :ids"
                            + " and x.event.endDate >= :today", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(from + IDS_PER_QUERY, ids.size())))
                    .setParameter("today", today)
                    .getResultList()
                    .forEach(row -> perEvent.merge((Long) row[1], perId.get((Long) row[0]), Long::sum));
        }
    }

    private static void count(String reference, String prefix, Map<Long, Long> counts) {
        if (reference.startsWith(prefix)) {
            try {
                counts.merge(Long.valueOf(reference.substring(prefix.length())), 1L, Long::sum);
            } catch (NumberFormatException e) {
                // Not one of ours: nothing to count.
            }
        }
    }
}
