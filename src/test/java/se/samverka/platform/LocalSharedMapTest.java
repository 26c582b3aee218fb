package se.samverka.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.samverka.testing.MovableClock;

/** The in-memory {@link SharedMap}: what unit tests and an instance without JCache count with. */
class LocalSharedMapTest {

    private final MovableClock clock = new MovableClock("2026-12-01T10:00:00Z");
    private final SharedMap map = new LocalSharedMap(Duration.ofMinutes(10), clock);

    private int increment(String key) {
        return map.update(key, old -> {
            int next = old == null ? 1 : Integer.parseInt(old) + 1;
            return new SharedMap.Change<>(String.valueOf(next), next);
        });
    }

    @Test
    void updatesOfOneKeyFromManyThreadsAreNeverLost() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                done.add(threads.submit(() -> {
                    for (int j = 0; j < 1000; j++) {
                        increment("10.0.0.1");
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals("8000", map.get("10.0.0.1"));
    }

    @Test
    void anEntryIsForgottenOnceIdleLongerThanTheMapsIdleTimeAndANullValueRemovesIt() {
        increment("a");
        clock.move(Duration.ofMinutes(9));
        assertEquals(2, increment("a"), "a change keeps it");
        clock.move(Duration.ofMinutes(10).plusSeconds(1));
        assertNull(map.get("a"));
        assertEquals(1, increment("a"), "starts again");
        map.update("a", old -> new SharedMap.Change<>(null, null));
        assertNull(map.get("a"));
    }
}
