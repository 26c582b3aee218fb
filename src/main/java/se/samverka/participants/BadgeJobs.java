package se.samverka.participants;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Badge sheets written in the background, at most one per owner (an organiser's or staff member's account): a second
 * start while one runs gets the running one back. The sheet is written on this instance to a scratch file, then
 * stored in {@code badge_job} with its progress, so that any instance of a cluster shows how far it is and hands it
 * over. A sheet holds names: it is deleted when downloaded, when its owner starts a new one, and at the latest
 * {@link #KEPT} after it was started. A job whose instance stopped while writing it shows as failed.
 * <p>
 * Plain JDBC, each statement committed on its own: progress must be visible to other instances while the sheet is
 * written, and the PDF is streamed in and out rather than held as an entity.
 */
public final class BadgeJobs {

    /** How long a finished sheet waits to be downloaded. */
    public static final Duration KEPT = Duration.ofHours(1);
    /** A running job whose progress has not moved for this long lost its instance: it counts as failed. */
    static final Duration STALLED = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(BadgeJobs.class.getName());
    private static final String COLUMNS = "id, owner, total, written, state, file_name, started_at, touched_at";

    /** Writes the badges to the stream, calling the runnable after each; returns how many. */
    public interface Work extends BiFunction<OutputStream, Runnable, Integer> {
    }

    private final Executor executor;
    private final DataSource db;
    private final Path scratch;
    private final Clock clock;
    private final Duration progressEvery;
    private final Set<String> writingHere = ConcurrentHashMap.newKeySet();

    public BadgeJobs(Executor executor, DataSource db, Path scratch, Clock clock) {
        this(executor, db, scratch, clock, Duration.ofMillis(500));
    }

    /** {@code progressEvery}: how often the count of written badges is stored while a sheet is written. */
    BadgeJobs(Executor executor, DataSource db, Path scratch, Clock clock, Duration progressEvery) {
        this.executor = executor;
        this.db = db;
        this.scratch = scratch;
        this.clock = clock;
        this.progressEvery = progressEvery;
    }

    /**
     * Starts writing for this owner, unless a job of the owner is still running: then that one is returned and
     * nothing new starts. Earlier finished jobs of the owner are deleted.
     */
    public BadgeJob start(String owner, Long eventId, long total, String fileName, Work work) {
        sweep();
        Optional<BadgeJob> current = of(owner);
        if (current.isPresent() && current.get().isRunning()) {
            return current.get();
        }
        Instant now = clock.instant();
        BadgeJob job = new BadgeJob(UUID.randomUUID().toString(), owner, total, 0, BadgeJob.State.RUNNING, fileName,
                now);
        execute(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from badge_job where owner = ?")) {
                delete.setString(1, owner);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into badge_job (id, owner,"
                    + " event_id, file_name, total, written, state, started_at, touched_at)"
                    + " values (?, ?, ?, ?, ?, 0, ?, ?, ?)")) {
                insert.setString(1, job.getId());
                insert.setString(2, owner);
                insert.setLong(3, eventId);
                insert.setString(4, fileName);
                insert.setLong(5, total);
                insert.setString(6, BadgeJob.State.RUNNING.name());
                insert.setObject(7, utc(now));
                insert.setObject(8, utc(now));
                insert.executeUpdate();
            }
            return null;
        });
        run(job, work);
        return job;
    }

    /** The owner's latest job, if one is still kept. */
    public Optional<BadgeJob> of(String owner) {
        return query("select " + COLUMNS + " from badge_job where owner = ? order by started_at desc"
                + " fetch first 1 rows only", owner);
    }

    /** The finished job with this id, if it is the owner's own. */
    public Optional<BadgeJob> finished(String owner, String jobId) {
        return query("select " + COLUMNS + " from badge_job where owner = ? and id = ?", owner, jobId)
                .filter(BadgeJob::isDone);
    }

    /** Copies the finished sheet to {@code out}; false when it is gone (downloaded, deleted, expired). */
    public boolean copy(BadgeJob job, OutputStream out) throws IOException {
        try (Connection connection = db.getConnection();
             PreparedStatement select = connection.prepareStatement("select content from badge_job where id = ?"
                     + " and state = 'DONE'")) {
            select.setString(1, job.getId());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                try (InputStream content = rows.getBinaryStream(1)) {
                    if (content == null) {
                        return false;
                    }
                    content.transferTo(out);
                    return true;
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not read badge sheet " + job.getId(), e);
        }
    }

    /** Forgets the job and deletes its sheet (after its download). */
    public void discard(BadgeJob job) {
        execute(connection -> update(connection, "delete from badge_job where id = ?", job.getId()));
    }

    /**
     * Deletes the sheets that have been kept long enough, and marks as failed the running jobs that stopped moving
     * (their instance went away); jobs still being written are left alone.
     */
    public void sweep() {
        Instant now = clock.instant();
        execute(connection -> {
            try (PreparedStatement stalled = connection.prepareStatement("update badge_job set state = 'FAILED',"
                    + " content = null where state = 'RUNNING' and touched_at < ?");
                 PreparedStatement expired = connection.prepareStatement("delete from badge_job"
                         + " where state <> 'RUNNING' and started_at < ?")) {
                stalled.setObject(1, utc(now.minus(STALLED)));
                stalled.executeUpdate();
                expired.setObject(1, utc(now.minus(KEPT)));
                return expired.executeUpdate();
            }
        });
    }

    /** At shutdown: the jobs this instance was writing will not finish; say so at once rather than after a while. */
    public void abandonRunning() {
        for (String id : writingHere) {
            execute(connection -> update(connection, "update badge_job set state = 'FAILED', content = null"
                    + " where id = ? and state = 'RUNNING'", id));
        }
    }

    private void run(BadgeJob job, Work work) {
        try {
            executor.execute(() -> write(job, work));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start a badge job", e);
            failed(job.getId());
        }
    }

    private void write(BadgeJob job, Work work) {
        writingHere.add(job.getId());
        Path file = null;
        try {
            file = newFile();
            Progress progress = new Progress(job.getId());
            try (OutputStream out = Files.newOutputStream(file)) {
                work.apply(out, progress);
            }
            store(job.getId(), file, progress.written);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Badge job failed", e);
            failed(job.getId());
        } finally {
            writingHere.remove(job.getId());
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete " + file, e);
                }
            }
        }
    }

    private void store(String id, Path file, int written) throws IOException {
        long size = Files.size(file);
        try (InputStream content = Files.newInputStream(file)) {
            execute(connection -> {
                try (PreparedStatement update = connection.prepareStatement("update badge_job set content = ?,"
                        + " written = ?, state = 'DONE', touched_at = ? where id = ? and state = 'RUNNING'")) {
                    update.setBinaryStream(1, content, (int) size);
                    update.setInt(2, written);
                    update.setObject(3, utc(clock.instant()));
                    update.setString(4, id);
                    return update.executeUpdate();
                }
            });
        }
    }

    private void failed(String id) {
        try {
            execute(connection -> update(connection, "update badge_job set state = 'FAILED', content = null"
                    + " where id = ?", id));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not mark badge job " + id + " failed", e);
        }
    }

    /** Counts the badges written and stores the count now and then, so that every instance shows the progress. */
    private final class Progress implements Runnable {
        private final String id;
        private int written;
        private long storedAt = Long.MIN_VALUE;

        Progress(String id) {
            this.id = id;
        }

        @Override
        public void run() {
            written++;
            long now = System.nanoTime();
            if (storedAt == Long.MIN_VALUE || now - storedAt >= progressEvery.toNanos()) {
                storedAt = now;
                int count = written;
                execute(connection -> {
                    try (PreparedStatement update = connection.prepareStatement("update badge_job set written = ?,"
                            + " touched_at = ? where id = ? and state = 'RUNNING'")) {
                        update.setInt(1, count);
                        update.setObject(2, utc(clock.instant()));
                        update.setString(3, id);
                        return update.executeUpdate();
                    }
                });
            }
        }
    }

    private Optional<BadgeJob> query(String sql, String... parameters) {
        Instant now = clock.instant();
        return execute(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setString(i + 1, parameters[i]);
                }
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(job(rows, now)) : Optional.<BadgeJob>empty();
                }
            }
        });
    }

    private static BadgeJob job(ResultSet row, Instant now) throws SQLException {
        BadgeJob.State state = BadgeJob.State.valueOf(row.getString("state"));
        Instant touched = row.getObject("touched_at", OffsetDateTime.class).toInstant();
        if (state == BadgeJob.State.RUNNING && touched.isBefore(now.minus(STALLED))) {
            state = BadgeJob.State.FAILED;
        }
        return new BadgeJob(row.getString("id"), row.getString("owner"), row.getLong("total"), row.getInt("written"),
                state, row.getString("file_name"), row.getObject("started_at", OffsetDateTime.class).toInstant());
    }

    private static int update(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, id);
            return update.executeUpdate();
        }
    }

    private interface Statements<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T execute(Statements<T> statements) {
        try (Connection connection = db.getConnection()) {
            return statements.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Badge jobs: " + e.getMessage(), e);
        }
    }

    private Path newFile() {
        try {
            Files.createDirectories(scratch);
            return Files.createTempFile(scratch, "badges-", ".pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
