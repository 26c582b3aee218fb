package se.samverka.participants;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The badge jobs of all sessions, at most one per session: a second start while one runs gets the
 * running one back. Each job writes to its own temporary file, which is deleted when it has been
 * downloaded, when the session starts a new job, or an hour after the job began.
 */
public final class BadgeJobs {

    /** How long a finished sheet waits to be downloaded. */
    public static final Duration KEPT = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(BadgeJobs.class.getName());

    /** Writes the badges to the stream, calling the runnable after each; returns how many. */
    public interface Work extends BiFunction<OutputStream, Runnable, Integer> {
    }

    private final Executor executor;
    private final Path folder;
    private final Clock clock;
    private final Map<String, BadgeJob> bySession = new ConcurrentHashMap<>();

    public BadgeJobs(Executor executor, Path folder, Clock clock) {
        this.executor = executor;
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * Starts writing for this session, unless a job of the session is still running: then that one
     * is returned and nothing new starts. A finished earlier job is replaced and its file deleted.
     */
    public BadgeJob start(String session, long total, String fileName, Work work) {
        sweep();
        BadgeJob[] started = {null};
        BadgeJob job = bySession.compute(session, (key, old) -> {
            if (old != null && old.isRunning()) {
                return old;
            }
            if (old != null) {
                delete(old);
            }
            started[0] = new BadgeJob(session, total, newFile(), fileName, clock.instant());
            return started[0];
        });
        if (started[0] != null) {
            run(job, work);
        }
        return job;
    }

    /** The session's job, if it has one that is still kept. */
    public Optional<BadgeJob> of(String session) {
        sweep();
        return Optional.ofNullable(bySession.get(session));
    }

    /** The finished job with this id, if it is the session's own. */
    public Optional<BadgeJob> finished(String session, String jobId) {
        return of(session).filter(job -> job.getId().equals(jobId) && job.isDone());
    }

    /** Forgets the job and deletes its file (after its download). */
    public void discard(BadgeJob job) {
        bySession.remove(job.ownerKey(), job);
        delete(job);
    }

    /** Deletes the files of jobs that have been kept long enough; running jobs are left alone. */
    public void sweep() {
        var limit = clock.instant().minus(KEPT);
        bySession.values().removeIf(job -> {
            boolean expired = !job.isRunning() && job.started().isBefore(limit);
            if (expired) {
                delete(job);
            }
            return expired;
        });
    }

    /** Every file, at shutdown. */
    public void clear() {
        bySession.values().forEach(BadgeJobs::delete);
        bySession.clear();
    }

    private void run(BadgeJob job, Work work) {
        try {
            executor.execute(() -> write(job, work));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start a badge job", e);
            job.fail();
        }
    }

    private static void write(BadgeJob job, Work work) {
        try (OutputStream out = Files.newOutputStream(job.file())) {
            work.apply(out, job::advance);
            out.flush();
            job.finish();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Badge job failed", e);
            job.fail();
            delete(job);
        }
    }

    private Path newFile() {
        try {
            Files.createDirectories(folder);
            return Files.createTempFile(folder, "badges-", ".pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(BadgeJob job) {
        try {
            Files.deleteIfExists(job.file());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + job.file(), e);
        }
    }
}
