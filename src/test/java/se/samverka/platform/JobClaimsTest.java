package se.samverka.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverka.testing.MigratedDatabase;
import se.samverka.testing.MovableClock;

/**
 * Scheduled work once per cluster: two instances (two claimers with connections of their own) on one real database,
 * H2 as {@code scripts/run} uses it and PostgreSQL as production does.
 */
class JobClaimsTest {

    private static final Duration LEASE = Duration.ofMinutes(30);
    /** One migrated database of each kind for the class (a migration takes about half a second): each test has its own jobs. */
    private static final Map<String, DataSource> DATABASES = new ConcurrentHashMap<>();
    private final MovableClock clock = new MovableClock("2026-12-01T10:03:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void twoInstancesClaimingTheSameTicksAtTheSameMomentGetOneWinnerEach(String database) throws Exception {
        DataSource db = DATABASES.computeIfAbsent(database, MigratedDatabase::of);
        JobClaims one = new JobClaims(db, clock, "one");
        JobClaims two = new JobClaims(db, clock, "two");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int hour = 0; hour < 25; hour++) {
                Instant tick = Instant.parse("2026-12-01T10:00:00Z").plus(Duration.ofHours(hour));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> claims = new ArrayList<>();
                for (JobClaims claimer : List.of(one, two)) {
                    Callable<Boolean> claim = () -> {
                        together.await();
                        return claimer.claim("reminders", tick, LEASE);
                    };
                    claims.add(threads.submit(claim));
                }
                int winners = 0;
                for (Future<Boolean> claim : claims) {
                    winners += claim.get() ? 1 : 0;
                }
                assertEquals(1, winners, "tick " + tick + (hour == 0 ? " (the job's first run: its row is created)" : ""));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aTickRunsOnceEvenAfterItsRunFinishedAndTheNextTickRunsAgain(String database) {
        DataSource db = DATABASES.computeIfAbsent(database, MigratedDatabase::of);
        JobClaims one = new JobClaims(db, clock, "one");
        JobClaims two = new JobClaims(db, clock, "two");
        AtomicInteger runs = new AtomicInteger();
        Instant ten = JobClaims.hourOf(clock.instant());
        assertTrue(one.runOnce("survey-closing", ten, LEASE, runs::incrementAndGet));
        clock.move(Duration.ofMinutes(40));
        assertFalse(two.runOnce("survey-closing", JobClaims.hourOf(clock.instant()), LEASE, runs::incrementAndGet),
                "10:43 is still the ten o'clock run, done by the other instance");
        assertFalse(one.runOnce("survey-closing", ten, LEASE, runs::incrementAndGet), "nor twice by the same one");
        clock.move(Duration.ofMinutes(20));
        assertTrue(two.runOnce("survey-closing", JobClaims.hourOf(clock.instant()), LEASE, runs::incrementAndGet),
                "eleven o'clock: whoever comes first");
        assertEquals(2, runs.get());
        assertTrue(one.runOnce("another-job", ten, LEASE, runs::incrementAndGet), "each job has its own ticks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aTickWhoseClaimerDiedUnfinishedIsTakenOverOnceTheLeaseRunsOut(String database) throws Exception {
        DataSource db = DATABASES.computeIfAbsent(database, MigratedDatabase::of);
        JobClaims dies = new JobClaims(db, clock, "dies");
        JobClaims survivor = new JobClaims(db, clock, "survivor");
        Instant night = Instant.parse("2026-12-01T00:00:00Z");
        assertTrue(dies.claim("retention", night, Duration.ofHours(2)), "claimed, then killed before finishing");
        clock.move(Duration.ofHours(1));
        assertFalse(survivor.claim("retention", night, Duration.ofHours(2)), "within the lease it may still be running");
        clock.move(Duration.ofHours(1).plusMinutes(1));
        assertTrue(survivor.claim("retention", night, Duration.ofHours(2)), "the lease ran out unfinished: taken over");
        survivor.finished("retention", night);
        clock.move(Duration.ofHours(3));
        assertFalse(dies.claim("retention", night, Duration.ofHours(2)), "finished: never again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aFailedRunIsMarkedFinishedAndTheFailureReachesTheCaller(String database) {
        DataSource db = DATABASES.computeIfAbsent(database, MigratedDatabase::of);
        JobClaims one = new JobClaims(db, clock, "one");
        JobClaims two = new JobClaims(db, clock, "two");
        Instant tick = JobClaims.hourOf(clock.instant());
        try {
            one.runOnce("event-reminders", tick, LEASE, () -> {
                throw new IllegalStateException("mail server gone");
            });
        } catch (IllegalStateException expected) {
            // as on one instance: logged by the job, tried again at the next tick
        }
        clock.move(LEASE.plusMinutes(1));
        assertFalse(two.runOnce("event-reminders", tick, LEASE, () -> { }), "finished, even though it failed");
    }

    /** Two instances starting at once on an empty database: their seeding runs one after the other, never together. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void startUpWorkUnderTheSameClaimNeverOverlaps(String database) throws Exception {
        DataSource db = DATABASES.computeIfAbsent(database, MigratedDatabase::of);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<?>> starts = new ArrayList<>();
            for (String member : List.of("one", "two")) {
                JobClaims claims = new JobClaims(db, clock, member);
                starts.add(threads.submit(() -> {
                    together.await();
                    claims.exclusively("start-up-" + database, () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        try {
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        inside.decrementAndGet();
                        runs.incrementAndGet();
                    });
                    return null;
                }));
            }
            for (Future<?> start : starts) {
                start.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(2, runs.get(), "both instances ran their start-up work");
        assertEquals(1, most.get(), "never both at once");
    }
}
