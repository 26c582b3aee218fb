package se.samverka.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import se.samverka.platform.NotFoundException;

/** Creates, changes and finds events with their days and rooms. One transaction per call. */
@ApplicationScoped
@Transactional
public class EventService {

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<CapacityChanged> capacityChanged;

    @Inject
    jakarta.enterprise.event.Event<SeatsOpened> seatsOpened;

    public Event create(EventDetails details) {
        Event event = new Event(details.type(), details.title(), details.slug(), details.startDate(), details.endDate());
        details.applyTo(event);
        requireFreeSlug(event.getSlug(), null);
        em.persist(event);
        seatsOpened.fire(new SeatsOpened(event.getId(), null));
        return event;
    }

    public Event update(Long eventId, EventDetails details) {
        Event event = get(eventId);
        details.applyTo(event);
        requireFreeSlug(event.getSlug(), eventId);
        capacityChanged.fire(new CapacityChanged(eventId));
        return event;
    }

    /** Lists the event publicly and opens it for registration. */
    public Event publish(Long eventId) {
        Event event = get(eventId);
        event.publish();
        return event;
    }

    /** Makes the event a draft: not listed publicly, not open for registration. */
    public Event withdraw(Long eventId) {
        Event event = get(eventId);
        event.withdraw();
        return event;
    }

    public Event changeRegistrationPolicy(Long eventId, boolean requireApproval, boolean listParticipantsPublicly) {
        Event event = get(eventId);
        event.changeRegistrationPolicy(requireApproval, listParticipantsPublicly);
        return event;
    }

    /** The event, locked until the transaction ends: registrations for one event take their seats one at a time. */
    public Event lockForSeats(Long eventId) {
        Event event = eventId == null ? null : em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new NotFoundException("event", eventId);
        }
        return event;
    }

    public void delete(Long eventId) {
        em.remove(get(eventId));
    }

    public Room addRoom(Long eventId, String name, Integer seats) {
        Event event = get(eventId);
        if (event.roomNamed(name == null ? "" : name.strip()).isPresent()) {
            throw new InvalidEventException("room", "event.error.roomExists", name);
        }
        Room room = event.addRoom(name, seats);
        em.flush();
        return room;
    }

    public Room changeRoom(Long eventId, Long roomId, String name, Integer seats) {
        Room room = room(eventId, roomId);
        room.change(name, seats);
        return room;
    }

    public void removeRoom(Long eventId, Long roomId) {
        get(eventId).removeRoom(room(eventId, roomId));
    }

    public EventDay changeDayHours(Long eventId, LocalDate date, LocalTime startsAt, LocalTime endsAt) {
        EventDay day = get(eventId).day(date).orElseThrow(() -> new NotFoundException("day", date));
        day.changeHours(startsAt, endsAt);
        return day;
    }

    public Event get(Long eventId) {
        Event event = eventId == null ? null : em.find(Event.class, eventId);
        if (event == null) {
            throw new NotFoundException("event", eventId);
        }
        return event;
    }

    public Optional<Event> bySlug(String slug) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty(); // no event has it, and a NUL in it would trouble PostgreSQL
        }
        return em.createQuery("select e from Event e where e.slug = :slug", Event.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<Event> all() {
        return em.createQuery("select e from Event e order by e.startDate desc, e.title", Event.class).getResultList();
    }

    /** The event by its public address, unless it is a draft and the visitor is not an organiser. */
    public Optional<Event> visibleBySlug(String slug, boolean organiser) {
        return bySlug(slug).filter(event -> event.isVisibleTo(organiser));
    }

    /** The event, or 404 when it is a draft and the caller is not an organiser (as if it did not exist). */
    public Event visible(Long eventId, boolean organiser) {
        Event event = get(eventId);
        if (!event.isVisibleTo(organiser)) {
            throw new NotFoundException("event", eventId);
        }
        return event;
    }

    /** Every event the caller may see: all for organisers, the published ones for everyone else. */
    public List<Event> visible(boolean organiser) {
        return organiser ? all() : em.createQuery("select e from Event e where e.published = true"
                + " order by e.startDate desc, e.title", Event.class).getResultList();
    }

    /** Upcoming published events, for the public start page (drafts are not listed). */
    public List<Event> upcomingPublished(LocalDate today) {
        return em.createQuery("select e from Event e where e.endDate >= :today and e.published = true"
                        + " order by e.startDate, e.title", Event.class)
                .setParameter("today", today)
                .getResultList();
    }

    /** A slug no event has yet: the wanted one, or it with -2, -3 ... after it. */
    public String freeSlug(String wanted) {
        String base = Slugs.isValid(wanted) ? wanted : Slugs.of(wanted == null ? "" : wanted);
        String candidate = base;
        for (int n = 2; bySlug(candidate).isPresent(); n++) {
            String suffix = "-" + n;
            String stem = base.length() + suffix.length() > 80 ? base.substring(0, 80 - suffix.length()) : base;
            candidate = stem.replaceAll("-$", "") + suffix;
        }
        return candidate;
    }

    /** Upcoming events, drafts included (the organiser's views). */
    public List<Event> upcoming(LocalDate today) {
        return em.createQuery("select e from Event e where e.endDate >= :today order by e.startDate, e.title", Event.class)
                .setParameter("today", today)
                .getResultList();
    }

    public boolean isEmpty() {
        return em.createQuery("select count(e) from Event e", Long.class).getSingleResult() == 0;
    }

    private Room room(Long eventId, Long roomId) {
        return get(eventId).room(roomId).orElseThrow(() -> new NotFoundException("room", roomId));
    }

    private void requireFreeSlug(String slug, Long ownId) {
        List<Long> holders = em.createQuery("select e.id from Event e where e.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(ownId))) {
            throw new SlugTakenException(slug);
        }
    }
}
