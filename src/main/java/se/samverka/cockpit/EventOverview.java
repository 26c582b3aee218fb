package se.samverka.cockpit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One upcoming event on the organiser's overview: its registrations by status, its seats, the registration
 * deadline, the days to go, and what needs attention.
 *
 * @param published    false for a draft
 * @param capacity     the event's seats; null when unlimited
 * @param daysToGo     days from today to the first day; 0 or less once it has begun
 * @param failedMails  mails about this event's registrations or messages whose delivery failed
 */
public record EventOverview(long id, String title, String slug, boolean published, LocalDate startDate,
        LocalDate endDate, Integer capacity, LocalDateTime registrationClosesAt, long daysToGo, long confirmed,
        long waiting, long pending, long cancelled, List<WorkshopSeats> workshops, long failedMails) {

    public EventOverview {
        workshops = List.copyOf(workshops);
    }

    /** Event seats still free; null when there is no limit. */
    public Long seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - confirmed);
    }

    /** The workshops that are full and have a queue. */
    public List<WorkshopSeats> fullWorkshopsWithQueue() {
        return workshops.stream().filter(WorkshopSeats::fullWithQueue).toList();
    }

    /** Registrations waiting for approval, a full workshop with a queue, or mails that failed. */
    public boolean needsAttention() {
        return pending > 0 || failedMails > 0 || !fullWorkshopsWithQueue().isEmpty();
    }
}
