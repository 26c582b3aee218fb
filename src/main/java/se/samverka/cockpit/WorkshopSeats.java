package se.samverka.cockpit;

import java.time.LocalDateTime;

/**
 * A workshop's seats on the overview: how many have one, how many of those with an event seat wait for one.
 *
 * @param capacity null when the workshop has no limit
 */
public record WorkshopSeats(long id, String title, LocalDateTime start, Integer capacity, long seated, long waiting) {

    /** Seats still free; null when there is no limit. */
    public Long seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - seated);
    }

    /** Every seat taken. */
    public boolean full() {
        return capacity != null && seated >= capacity;
    }

    /** Full, and people wait for a seat: worth the organiser's attention (a bigger room?). */
    public boolean fullWithQueue() {
        return full() && waiting > 0;
    }
}
