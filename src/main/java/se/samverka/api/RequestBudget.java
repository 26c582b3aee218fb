package se.samverka.api;

/**
 * A token bucket: {@code perMinute} requests a minute, in bursts of up to {@code perMinute}.
 * Thread-safe; time is passed in (nanoseconds) so that the rule can be tested without waiting.
 */
final class RequestBudget {

    private final double capacity;
    private final double refillPerNano;
    private double tokens;
    private long last;

    RequestBudget(int perMinute, long now) {
        this.capacity = perMinute;
        this.refillPerNano = perMinute / 60_000_000_000.0;
        this.tokens = perMinute;
        this.last = now;
    }

    /** Takes one request from the budget; answers 0 when allowed, else the seconds until the next one is. */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - last) * refillPerNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / refillPerNano / 1_000_000_000.0));
    }

    synchronized boolean idleSince(long now, long nanos) {
        return now - last > nanos;
    }
}
