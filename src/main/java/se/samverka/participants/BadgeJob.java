package se.samverka.participants;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One badge sheet being written in the background to a temporary file for one user's session: how
 * many badges are expected, how many are written so far, and whether it is done or has failed.
 */
public final class BadgeJob {

    /** Where a job is. */
    public enum State { RUNNING, DONE, FAILED }

    private final String id = UUID.randomUUID().toString();
    private final String owner;
    private final long total;
    private final Path file;
    private final String fileName;
    private final Instant started;
    private final AtomicInteger written = new AtomicInteger();
    private volatile State state = State.RUNNING;

    BadgeJob(String owner, long total, Path file, String fileName, Instant started) {
        this.owner = owner;
        this.total = total;
        this.file = file;
        this.fileName = fileName;
        this.started = started;
    }

    /** One more badge written. */
    void advance() {
        written.incrementAndGet();
    }

    void finish() {
        state = State.DONE;
    }

    void fail() {
        state = State.FAILED;
    }

    String ownerKey() {
        return owner;
    }

    /** Whole percent written, 100 once done (also when there were no badges). */
    public int getPercent() {
        if (state == State.DONE) {
            return 100;
        }
        if (total <= 0) {
            return 0;
        }
        return (int) Math.min(99, written.get() * 100L / total);
    }

    public String getId() { return id; }
    public long getTotal() { return total; }
    public int getWritten() { return written.get(); }
    public State getState() { return state; }
    public boolean isRunning() { return state == State.RUNNING; }
    public boolean isDone() { return state == State.DONE; }
    public boolean isFailed() { return state == State.FAILED; }
    public Path file() { return file; }
    public String getFileName() { return fileName; }
    public Instant started() { return started; }
}
