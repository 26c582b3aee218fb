package se.samverka.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import se.samverka.event.CapacityChanged;
import se.samverka.event.SeatsOpened;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.event.Room;
import se.samverka.platform.NotFoundException;

/** Builds an event's programme: sessions, their times, rooms, themes and speakers. */
@ApplicationScoped
@Transactional
public class ProgramService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    SpeakerService speakers;

    @Inject
    ThemeService themes;

    @Inject
    jakarta.enterprise.event.Event<CapacityChanged> capacityChanged;

    @Inject
    jakarta.enterprise.event.Event<SeatsOpened> seatsOpened;

    public Session create(Long eventId, SessionDetails details) {
        Event event = events.get(eventId);
        Session session = new Session(event, details.kind(), details.title(), details.start(), details.end());
        apply(session, details);
        em.persist(session);
        seatsOpened.fire(new SeatsOpened(eventId, session.getId()));
        return session;
    }

    public Session update(Long eventId, Long sessionId, SessionDetails details) {
        Session session = get(eventId, sessionId);
        session.changeKind(details.kind());
        session.reschedule(details.start(), details.end());
        apply(session, details);
        capacityChanged.fire(new CapacityChanged(eventId));
        return session;
    }

    /** Moves or resizes a session; the answer tells where it was, so that the move can be undone. */
    public Move move(Long eventId, Long sessionId, LocalDateTime newStart, LocalDateTime newEnd) {
        Session session = get(eventId, sessionId);
        Move move = new Move(sessionId, session.getStart(), session.getEnd(), newStart, newEnd);
        session.reschedule(newStart, newEnd);
        return move;
    }

    /** Puts a session back where a move found it, if it is still where that move left it. */
    public Session undo(Long eventId, Move move) {
        Session session = get(eventId, move.sessionId());
        if (!session.isAt(move.toStart(), move.toEnd())) {
            throw new MovedSinceException(session.getTitle());
        }
        session.reschedule(move.fromStart(), move.fromEnd());
        return session;
    }

    public void delete(Long eventId, Long sessionId) {
        em.remove(get(eventId, sessionId));
    }

    public List<Session> sessions(Long eventId) {
        // Speakers come in the same query: the programme page, PDF and calendar list them for every session.
        return em.createQuery("select distinct s from Session s left join fetch s.speakers"
                        + " where s.event.id = :event order by s.start, s.end, s.title", Session.class)
                .setParameter("event", eventId)
                .getResultList();
    }

    public List<Conflict> conflicts(Long eventId) {
        return ConflictFinder.find(sessions(eventId));
    }

    public Session get(Long eventId, Long sessionId) {
        Session session = sessionId == null ? null : em.find(Session.class, sessionId);
        if (session == null || !session.getEvent().getId().equals(eventId)) {
            throw new NotFoundException("session", sessionId);
        }
        return session;
    }

    private void apply(Session session, SessionDetails details) {
        session.retitle(details.title(), details.summary());
        session.placeIn(room(session.getEvent(), details.room()));
        session.classify(details.theme() == null || details.theme().isBlank() ? null : themes.named(details.theme()));
        session.limitSeats(details.capacity());
        session.assignSpeakers(speakers.byIds(details.speakerIdsOrEmpty()));
    }

    private static Room room(Event event, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return event.roomNamed(name.strip())
                .orElseThrow(() -> new InvalidSessionException("room", "session.error.unknownRoom", name));
    }

    /** A session's times before and after a move. */
    public record Move(Long sessionId, LocalDateTime fromStart, LocalDateTime fromEnd, LocalDateTime toStart,
            LocalDateTime toEnd) implements java.io.Serializable {
    }
}
