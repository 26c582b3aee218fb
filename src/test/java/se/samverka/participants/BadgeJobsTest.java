package se.samverka.participants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverka.testing.MovableClock;
import org.junit.jupiter.api.io.TempDir;

class BadgeJobsTest {

    @TempDir
    Path folder;

    /** Runs the submitted work only when the test says so. */
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor later = queued::add;
    private final MovableClock clock = new MovableClock("2027-01-19T08:00:00Z");
    private BadgeJobs jobs;

    @BeforeEach
    void jobs() {
        jobs = new BadgeJobs(later, folder, clock);
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

    @Test
    void progressCountsTheBadgesWrittenAndFinishesAtAHundredPercent() throws IOException {
        AtomicInteger seen = new AtomicInteger(-1);
        BadgeJob[] job = {null};
        job[0] = jobs.start("s1", 4, "namnbrickor-x.pdf", (out, progress) -> {
            int n = badges(2).apply(out, progress);
            seen.set(job[0].getPercent());
            return n;
        });
        assertTrue(job[0].isRunning());
        assertEquals(0, job[0].getPercent());
        runQueued();
        assertEquals(50, seen.get(), "2 of 4 written");
        assertTrue(job[0].isDone());
        assertEquals(2, job[0].getWritten());
        assertEquals(100, job[0].getPercent());
        assertArrayEquals("BB".getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(job[0].file()));
    }

    @Test
    void aSecondStartWhileRunningGetsTheRunningJobAndStartsNothing() {
        BadgeJob first = jobs.start("s1", 3, "a.pdf", badges(3));
        BadgeJob again = jobs.start("s1", 3, "a.pdf", badges(3));
        assertSame(first, again);
        assertEquals(1, queued.size(), "one piece of work submitted");
        BadgeJob other = jobs.start("s2", 1, "b.pdf", badges(1));
        assertFalse(other == first, "another session has its own job");
        runQueued();
        BadgeJob next = jobs.start("s1", 3, "a.pdf", badges(3));
        assertFalse(next == first, "once finished, a new start makes a new job");
        assertFalse(Files.exists(first.file()), "the replaced job's file is deleted");
    }

    @Test
    void onlyTheOwningSessionFindsAFinishedJobAndADownloadDeletesIt() {
        BadgeJob job = jobs.start("s1", 1, "a.pdf", badges(1));
        assertTrue(jobs.finished("s1", job.getId()).isEmpty(), "not before it is done");
        runQueued();
        assertTrue(jobs.finished("s2", job.getId()).isEmpty());
        assertTrue(jobs.finished("s1", "another-id").isEmpty());
        assertSame(job, jobs.finished("s1", job.getId()).orElseThrow());
        jobs.discard(job);
        assertFalse(Files.exists(job.file()));
        assertTrue(jobs.of("s1").isEmpty());
    }

    @Test
    void finishedFilesAreDeletedAfterAnHourButRunningJobsAreKept() {
        BadgeJob done = jobs.start("s1", 1, "a.pdf", badges(1));
        runQueued();
        BadgeJob running = jobs.start("s2", 1, "b.pdf", badges(1));
        clock.move(BadgeJobs.KEPT.plusMinutes(1));
        jobs.sweep();
        assertFalse(Files.exists(done.file()));
        assertTrue(jobs.of("s1").isEmpty());
        assertSame(running, jobs.of("s2").orElseThrow());
    }

    @Test
    void aFailedJobSaysSoAndLeavesNoFile() {
        BadgeJob job = jobs.start("s1", 5, "a.pdf", (out, progress) -> {
            throw new IllegalStateException("database gone");
        });
        runQueued();
        assertTrue(job.isFailed());
        assertFalse(Files.exists(job.file()));
        assertTrue(jobs.finished("s1", job.getId()).isEmpty());
    }

    @Test
    void noBadgesIsDoneAtOnce() {
        BadgeJob job = jobs.start("s1", 0, "a.pdf", badges(0));
        assertEquals(0, job.getPercent());
        runQueued();
        assertEquals(100, job.getPercent());
    }
}
