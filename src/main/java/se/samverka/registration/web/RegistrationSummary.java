package se.samverka.registration.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;
import se.samverka.registration.ChoiceStatus;
import se.samverka.registration.RegistrationStatus;

/** The counts at the top of the organiser's list: people by status, free event seats, free workshop seats. */
public class RegistrationSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A workshop's seats: taken by confirmed participants, free, and how many wait for one. */
    public record Workshop(String title, LocalDateTime start, Integer capacity, long seated, long waiting)
            implements Serializable {
        public String getTitle() { return title; }
        public LocalDateTime getStart() { return start; }
        public Integer getCapacity() { return capacity; }
        public long getSeated() { return seated; }
        public long getWaiting() { return waiting; }
        /** Free seats, or null when the workshop has no limit. */
        public Long getSeatsLeft() { return capacity == null ? null : Math.max(0, capacity - seated); }
    }

    private final long confirmed;
    private final long waitlisted;
    private final long pending;
    private final long cancelled;
    private final long declined;
    private final Integer capacity;
    private final List<Workshop> workshops;

    RegistrationSummary(List<RegistrationRow> rows, Integer capacity, List<Session> sessions) {
        this.confirmed = count(rows, RegistrationStatus.CONFIRMED);
        this.waitlisted = count(rows, RegistrationStatus.WAITLISTED);
        this.pending = count(rows, RegistrationStatus.PENDING);
        this.cancelled = count(rows, RegistrationStatus.CANCELLED);
        this.declined = count(rows, RegistrationStatus.DECLINED);
        this.capacity = capacity;
        this.workshops = sessions.stream().filter(s -> s.getKind() == SessionKind.WORKSHOP)
                .map(s -> new Workshop(s.getTitle(), s.getStart(), s.getCapacity(),
                        choices(rows, s, ChoiceStatus.CONFIRMED), choices(rows, s, ChoiceStatus.WAITLISTED)))
                .toList();
    }

    private static long count(List<RegistrationRow> rows, RegistrationStatus status) {
        return rows.stream().filter(row -> row.getStatus() == status).count();
    }

    /** Choices of confirmed participants: only they hold, or wait for, a workshop seat. */
    private static long choices(List<RegistrationRow> rows, Session session, ChoiceStatus status) {
        return rows.stream().filter(row -> row.getStatus() == RegistrationStatus.CONFIRMED)
                .flatMap(row -> row.getChoices().stream())
                .filter(choice -> choice.sessionId().equals(session.getId()) && choice.status() == status)
                .count();
    }

    public long getConfirmed() { return confirmed; }
    public long getWaitlisted() { return waitlisted; }
    public long getPending() { return pending; }
    public long getCancelled() { return cancelled; }
    public long getDeclined() { return declined; }
    public Integer getCapacity() { return capacity; }
    /** Free event seats, or null when the event has no limit. */
    public Long getSeatsLeft() { return capacity == null ? null : Math.max(0, capacity - confirmed); }
    public List<Workshop> getWorkshops() { return workshops; }
}
