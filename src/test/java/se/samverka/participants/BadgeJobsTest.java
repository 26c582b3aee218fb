package se.samverka.participants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.testing.MigratedDatabase;
import se.samverka.testing.MovableClock;

/** Badge sheets in the database: two {@link BadgeJobs} on one database stand for two instances of a cluster. */
class BadgeJobsTest {

    private static final Long EVENT = 7L;

    @TempDir
    Path scratch;

    /** Runs the submitted work only when the test says so. */
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor later = queued::add;
    private final MovableClock clock = new MovableClock("2027-01-19T08:00:00Z");
    private static DataSource db;
    private BadgeJobs jobs;
    private BadgeJobs otherInstance;

    @BeforeAll
    static void database() {
        db = MigratedDatabase.h2();
    }

    @BeforeEach
    void jobs() throws SQLException {
        try (var connection = db.getConnection()) {
            connection.createStatement().executeUpdate("delete from badge_job");
        }
        jobs = new BadgeJobs(later, db, scratch, clock, Duration.ZERO);
        otherInstance = new BadgeJobs(later, db, scratch, clock, Duration.ZERO);
    }

    /** Writes n "badges", one byte each, telling progress after each. */
    private static BadgeJobs.Work badges(int n) {
        return (out, progress) -> {
            try {
                for (int i = 0; i < n; i++) {
                    out.write('B');
                    progress.run();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return n;
        };
    }

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    private byte[] download(BadgeJobs through, BadgeJob job) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(through.copy(job, out), "the sheet is there");
        return out.toByteArray();
    }

    @Test
    void progressShowsOnTheOtherInstanceAndTheSheetDownloadsThroughIt() throws IOException {
        AtomicInteger seen = new AtomicInteger(-1);
        BadgeJob job = jobs.start("eva", EVENT, 4, "namnbrickor-x.pdf", (out, progress) -> {
            int n = badges(2).apply(out, progress);
            seen.set(otherInstance.of("eva").orElseThrow().getPercent());
            return n;
        });
        assertTrue(job.isRunning());
        assertEquals(0, otherInstance.of("eva").orElseThrow().getPercent());
        runQueued();
        assertEquals(50, seen.get(), "2 of 4 written, as the other instance sees it");
        BadgeJob done = otherInstance.finished("eva", job.getId()).orElseThrow();
        assertEquals(2, done.getWritten());
        assertEquals(100, done.getPercent());
        assertArrayEquals("BB".getBytes(StandardCharsets.US_ASCII), download(otherInstance, done));
        try (var files = Files.list(scratch)) {
            assertEquals(0, files.count(), "no file left on the instance that wrote it");
        }
    }

    @Test
    void aSecondStartWhileRunningGetsTheRunningJobAndStartsNothing() {
        BadgeJob first = jobs.start("eva", EVENT, 3, "a.pdf", badges(3));
        BadgeJob again = otherInstance.start("eva", EVENT, 3, "a.pdf", badges(3));
        assertEquals(first.getId(), again.getId(), "also when the second click reaches the other instance");
        assertEquals(1, queued.size(), "one piece of work submitted");
        BadgeJob other = jobs.start("nils", EVENT, 1, "b.pdf", badges(1));
        assertNotEquals(first.getId(), other.getId(), "another account has its own job");
        runQueued();
        BadgeJob next = jobs.start("eva", EVENT, 3, "a.pdf", badges(3));
        assertNotEquals(first.getId(), next.getId(), "once finished, a new start makes a new job");
        assertTrue(jobs.finished("eva", first.getId()).isEmpty(), "the replaced job's sheet is deleted");
    }

    @Test
    void onlyTheOwnerFindsAFinishedJobAndADownloadDeletesIt() throws IOException {
        BadgeJob job = jobs.start("eva", EVENT, 1, "a.pdf", badges(1));
        assertTrue(jobs.finished("eva", job.getId()).isEmpty(), "not before it is done");
        runQueued();
        assertTrue(jobs.finished("nils", job.getId()).isEmpty());
        assertTrue(jobs.finished("eva", "another-id").isEmpty());
        BadgeJob done = jobs.finished("eva", job.getId()).orElseThrow();
        download(jobs, done);
        otherInstance.discard(done);
        assertFalse(jobs.copy(done, new ByteArrayOutputStream()));
        assertTrue(jobs.of("eva").isEmpty());
    }

    @Test
    void finishedSheetsAreDeletedAfterAnHourButRunningJobsAreKept() throws SQLException {
        jobs.start("eva", EVENT, 1, "a.pdf", badges(1));
        runQueued();
        BadgeJob running = jobs.start("nils", EVENT, 5, "b.pdf", badges(1));
        clock.move(BadgeJobs.KEPT.plusMinutes(1));
        try (var connection = db.getConnection()) {
            connection.createStatement().executeUpdate("update badge_job set touched_at = touched_at + interval '61' minute"
                    + " where id = '" + running.getId() + "'");
        }
        otherInstance.sweep();
        assertTrue(jobs.of("eva").isEmpty(), "the sheet with names is gone");
        assertTrue(jobs.of("nils").orElseThrow().isRunning(), "still writing: kept");
    }

    @Test
    void aJobWhoseInstanceStoppedShowsAsFailedAndANewOneMayStart() {
        BadgeJob lost = jobs.start("eva", EVENT, 5, "a.pdf", badges(5));
        queued.clear(); // the instance died before it wrote anything
        clock.move(BadgeJobs.STALLED.plusSeconds(1));
        assertTrue(otherInstance.of("eva").orElseThrow().isFailed());
        BadgeJob again = otherInstance.start("eva", EVENT, 5, "a.pdf", badges(5));
        assertNotEquals(lost.getId(), again.getId());
    }

    @Test
    void aFailedJobSaysSoAndLeavesNoSheet() {
        BadgeJob job = jobs.start("eva", EVENT, 5, "a.pdf", (out, progress) -> {
            throw new IllegalStateException("database gone");
        });
        runQueued();
        assertTrue(jobs.of("eva").orElseThrow().isFailed());
        assertTrue(jobs.finished("eva", job.getId()).isEmpty());
    }

    @Test
    void noBadgesIsDoneAtOnce() {
        BadgeJob job = jobs.start("eva", EVENT, 0, "a.pdf", badges(0));
        assertEquals(0, job.getPercent());
        runQueued();
        assertEquals(100, jobs.of("eva").orElseThrow().getPercent());
    }
}
