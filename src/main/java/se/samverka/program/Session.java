package se.samverka.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import se.samverka.event.Event;
import se.samverka.event.Seats;
import se.samverka.event.Room;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/** One item on an event's programme: a talk, workshop, panel, dialogue or break. */
@Entity
@Table(name = "program_session")
public class Session extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(nullable = false)
    private String title;

    @Column(name = "summary", length = 10000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionKind kind;

    @ManyToOne
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @ManyToOne
    @JoinColumn(name = "room_id")
    private Room room;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime start;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime end;

    @Column(name = "seats")
    private Integer capacity;

    @ManyToMany
    @JoinTable(name = "session_speaker",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "speaker_id"))
    @OrderBy("name")
    private List<Speaker> speakers = new ArrayList<>();

    protected Session() {
    }

    public Session(Event event, SessionKind kind, String title, LocalDateTime start, LocalDateTime end) {
        this.event = event;
        this.kind = kind == null ? SessionKind.TALK : kind;
        retitle(title, null);
        reschedule(start, end);
    }

    public final void retitle(String newTitle, String newSummary) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new InvalidSessionException("title", "session.error.titleRequired");
        }
        this.title = Text.oneLine(newTitle, "title", 255);
        String text = Text.multiLine(newSummary, "abstract", 10_000);
        this.summary = text == null || text.isEmpty() ? null : text;
    }

    public void changeKind(SessionKind newKind) {
        if (newKind == null) {
            throw new InvalidSessionException("kind", "session.error.kindRequired");
        }
        this.kind = newKind;
    }

    /** Whether the session is set for exactly these times. */
    public boolean isAt(LocalDateTime someStart, LocalDateTime someEnd) {
        return start.equals(someStart) && end.equals(someEnd);
    }

    /** Sets new times; the end must come after the start, on the same day, within the event. */
    public final void reschedule(LocalDateTime newStart, LocalDateTime newEnd) {
        if (newStart == null) {
            throw new InvalidSessionException("start", "session.error.startRequired");
        }
        if (newEnd == null) {
            throw new InvalidSessionException("end", "session.error.endRequired");
        }
        if (!newEnd.isAfter(newStart)) {
            throw new InvalidSessionException("end", "session.error.endBeforeStart");
        }
        if (!newEnd.toLocalDate().equals(newStart.toLocalDate())) {
            throw new InvalidSessionException("end", "session.error.sameDay");
        }
        if (!event.covers(newStart.toLocalDate())) {
            throw new InvalidSessionException("start", "session.error.outsideEvent",
                    event.getStartDate(), event.getEndDate());
        }
        this.start = newStart;
        this.end = newEnd;
    }

    /** Moves the session to a new start, keeping its length. */
    public void moveTo(LocalDateTime newStart) {
        reschedule(newStart, newStart.plus(length()));
    }

    public void placeIn(Room newRoom) {
        if (newRoom != null && !newRoom.getEvent().equals(event)) {
            throw new InvalidSessionException("room", "session.error.roomOfOtherEvent");
        }
        this.room = newRoom;
    }

    public void classify(Theme newTheme) {
        this.theme = newTheme;
    }

    public void limitSeats(Integer seats) {
        if (seats != null && seats < 0) {
            throw new InvalidSessionException("capacity", "session.error.capacityNegative");
        }
        this.capacity = seats;
    }

    public void assignSpeakers(Collection<Speaker> newSpeakers) {
        speakers.clear();
        newSpeakers.stream().distinct().forEach(speakers::add);
    }

    /** True when one more seated participant fits (no capacity means no limit), like {@code Event.hasSeatFor}. */
    public boolean hasSeatFor(long seated) {
        return seats(seated).hasFree();
    }

    /** The workshop's seats with this many seated. */
    public Seats seats(long seated) {
        return Seats.of(capacity, seated);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** True when the two sessions share some time (touching ends do not overlap). */
    public boolean overlaps(Session other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean hasSpeaker(Speaker speaker) {
        return speakers.contains(speaker);
    }

    public Event getEvent() {
        return event;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public SessionKind getKind() {
        return kind;
    }

    public Theme getTheme() {
        return theme;
    }

    public Room getRoom() {
        return room;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public List<Speaker> getSpeakers() {
        return Collections.unmodifiableList(speakers);
    }
}
