package se.samverka.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import se.samverka.platform.DomainEntity;

/** One day of an event with the hours its programme may use. */
@Entity
@Table(name = "event_day")
public class EventDay extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "day_date", nullable = false)
    private LocalDate date;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected EventDay() {
    }

    EventDay(Event event, LocalDate date, LocalTime startsAt, LocalTime endsAt) {
        this.event = event;
        this.date = date;
        changeHours(startsAt, endsAt);
    }

    public final void changeHours(LocalTime newStart, LocalTime newEnd) {
        if (newStart == null || newEnd == null || !newEnd.isAfter(newStart)) {
            throw new InvalidEventException("endsAt", "event.error.dayHours");
        }
        this.startsAt = newStart;
        this.endsAt = newEnd;
    }

    public LocalDateTime start() {
        return date.atTime(startsAt);
    }

    public LocalDateTime end() {
        return date.atTime(endsAt);
    }

    /** True when the whole interval lies within this day's hours. */
    public boolean contains(LocalDateTime from, LocalDateTime to) {
        return !from.isBefore(start()) && !to.isAfter(end());
    }

    public Event getEvent() {
        return event;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }
}
