package se.samverka.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A {@link SharedMap} in this JVM's memory only: for unit tests, and the fallback when the server offers no JCache.
 * Entries idle for longer than the map's idle time are dropped once the map holds many.
 */
public final class LocalSharedMap implements SharedMap {

    private static final int SWEEP_ABOVE = 10_000;

    private record Entry(String value, long changedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Clock clock;

    public LocalSharedMap(Duration idle, Clock clock) {
        this.idle = idle;
        this.clock = clock;
    }

    @Override
    public String get(String key) {
        Entry entry = entries.get(key);
        return entry == null || expired(entry, clock.millis()) ? null : entry.value();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R update(String key, Function<String, Change<R>> change) {
        long now = clock.millis();
        if (entries.size() > SWEEP_ABOVE) {
            entries.values().removeIf(entry -> expired(entry, now));
        }
        Object[] answer = {null};
        entries.compute(key, (k, old) -> {
            Change<R> next = change.apply(old == null || expired(old, now) ? null : old.value());
            answer[0] = next.answer();
            return next.value() == null ? null : new Entry(next.value(), now);
        });
        return (R) answer[0];
    }

    @Override
    public void remove(String key) {
        entries.remove(key);
    }

    private boolean expired(Entry entry, long now) {
        return now - entry.changedAt() > idle.toMillis();
    }
}
