package se.samverka.event;

/**
 * Seats of an event, a workshop or a room: how many there are ({@code capacity}, null for no limit) and how
 * many are taken. A value: taking or giving back a seat gives a new {@code Seats}. Taken may exceed the
 * capacity when an organiser seats someone by hand or lowers the capacity below what is taken; then nothing
 * is free.
 */
public record Seats(Integer capacity, long taken) {

    public Seats {
        if (capacity != null && capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        if (taken < 0) {
            throw new IllegalArgumentException("taken " + taken);
        }
    }

    public static Seats of(Integer capacity, long taken) {
        return new Seats(capacity, taken);
    }

    public boolean isLimited() {
        return capacity != null;
    }

    /** True when one more person fits. */
    public boolean hasFree() {
        return capacity == null || taken < capacity;
    }

    /** Free seats; {@link Long#MAX_VALUE} without a limit, 0 when full or over. */
    public long free() {
        return capacity == null ? Long.MAX_VALUE : Math.max(0, capacity - taken);
    }

    /** More taken than there are seats (only ever by an organiser's decision). */
    public boolean isOverbooked() {
        return capacity != null && taken > capacity;
    }

    /** One more seat taken, whether or not it was free (the caller decides; see {@link #hasFree}). */
    public Seats take() {
        return new Seats(capacity, taken + 1);
    }

    /** One seat given back. */
    public Seats release() {
        if (taken == 0) {
            throw new IllegalStateException("no seat is taken");
        }
        return new Seats(capacity, taken - 1);
    }

    /** The same seats with another capacity (the organiser changed it). */
    public Seats withCapacity(Integer newCapacity) {
        return new Seats(newCapacity, taken);
    }
}
