package se.samverka.registration;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.samverka.event.Seats;

/**
 * The seats taken of one event ({@code event:ID}) or one workshop ({@code session:ID}), in a row of its own that
 * is locked only for the moment a seat is handed out, and the line numbers it has handed out (each request it
 * accepted gets the next; waiting lists go by them). The capacity stays with the event or the session.
 */
@Entity
@Table(name = "seat_counter")
@Cacheable(false)
public class SeatCounter {

    @Id
    private String id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(nullable = false)
    private long taken;

    @Column(name = "line_numbers", nullable = false)
    private long lineNumbers;

    protected SeatCounter() {
    }

    private SeatCounter(String id, Long eventId, Long sessionId, long taken, long lineNumbers) {
        this.id = id;
        this.eventId = eventId;
        this.sessionId = sessionId;
        this.taken = taken;
        this.lineNumbers = lineNumbers;
    }

    static String eventKey(Long eventId) {
        return "event:" + eventId;
    }

    static String sessionKey(Long sessionId) {
        return "session:" + sessionId;
    }

    static SeatCounter forEvent(Long eventId, long taken, long lineNumbers) {
        return new SeatCounter(eventKey(eventId), eventId, null, taken, lineNumbers);
    }

    static SeatCounter forSession(Long eventId, Long sessionId, long taken, long lineNumbers) {
        return new SeatCounter(sessionKey(sessionId), eventId, sessionId, taken, lineNumbers);
    }

    /** The next place in line: every request this counter accepts gets one, in the order accepted. */
    long nextLineNumber() {
        return ++lineNumbers;
    }

    void take() {
        taken++;
    }

    void release() {
        if (taken > 0) {
            taken--;
        }
    }

    /** Sets the count to what the tables say (see {@code SeatKeeper.recount}); true if it was off. */
    boolean recount(long actual) {
        boolean off = actual != taken;
        taken = actual;
        return off;
    }

    Seats seats(Integer capacity) {
        return Seats.of(capacity, taken);
    }

    public String getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public long getTaken() {
        return taken;
    }
}
