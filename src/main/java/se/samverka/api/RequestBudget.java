package se.samverka.api;

/**
 * A token bucket: {@code perMinute} requests a minute, in bursts of up to {@code perMinute}.
 * Thread-safe; time is passed in (nanoseconds) so that the rule can be tested without waiting. Written as a short
 * text ({@link #encoded()}) so that every instance of a cluster keeps one budget per client in a shared map; there
 * the time is the wall clock in nanoseconds since the epoch, which instances share (unlike {@code System.nanoTime}).
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

    /** The budget written as {@link #encoded()}, or a full new one when there is none (null or unreadable). */
    static RequestBudget decode(String encoded, int perMinute, long now) {
        RequestBudget budget = new RequestBudget(perMinute, now);
        if (encoded != null) {
            int separator = encoded.indexOf(';');
            try {
                budget.tokens = Math.min(budget.capacity, Double.parseDouble(encoded.substring(0, separator)));
                budget.last = Long.parseLong(encoded.substring(separator + 1));
            } catch (RuntimeException unreadable) {
                return new RequestBudget(perMinute, now);
            }
        }
        return budget;
    }

    /** "tokens;last" */
    synchronized String encoded() {
        return tokens + ";" + last;
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
}
