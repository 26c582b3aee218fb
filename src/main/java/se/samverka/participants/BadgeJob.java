package se.samverka.participants;

import java.time.Instant;

/**
 * One badge sheet being written in the background for one organiser or staff member, as the database last showed
 * it: how many badges are expected, how many are written so far, and whether it is done or has failed. The sheet
 * lives in the database ({@link BadgeJobs}), so any instance of a cluster shows its progress and hands it over.
 */
public final class BadgeJob {

    /** Where a job is. */
    public enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final String owner;
    private final long total;
    private final int written;
    private final State state;
    private final String fileName;
    private final Instant started;

    BadgeJob(String id, String owner, long total, int written, State state, String fileName, Instant started) {
        this.id = id;
        this.owner = owner;
        this.total = total;
        this.written = written;
        this.state = state;
        this.fileName = fileName;
        this.started = started;
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
        return (int) Math.min(99, written * 100L / total);
    }

    public String getId() { return id; }
    public long getTotal() { return total; }
    public int getWritten() { return written; }
    public State getState() { return state; }
    public boolean isRunning() { return state == State.RUNNING; }
    public boolean isDone() { return state == State.DONE; }
    public boolean isFailed() { return state == State.FAILED; }
    public String getFileName() { return fileName; }
    public Instant started() { return started; }
}
