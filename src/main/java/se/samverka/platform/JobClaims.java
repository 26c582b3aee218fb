package se.samverka.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Scheduled work once per cluster: every instance schedules its jobs (reminders, survey closing, retention), and
 * before a run each asks here for the run's <em>tick</em> (the hour or night it belongs to). The first to move the
 * job's row in {@code job_claim} to that tick, with one conditional UPDATE, runs it; every other instance finds
 * the row already there and skips the tick. A claim holds for a lease: when the instance that took a tick dies before
 * it {@linkplain #finished finished}, another may take the same tick again once the lease has run out.
 * <p>
 * Plain JDBC, each statement committed on its own, so that a claim is visible to the other instances at once and
 * never waits for a caller's transaction. Works the same on H2 and PostgreSQL.
 */
@ApplicationScoped
public class JobClaims {

    private static final Logger LOG = Logger.getLogger(JobClaims.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    DataSource dataSource;

    private Clock clock = Clock.systemUTC();
    private String member = thisInstance();

    public JobClaims() {
    }

    /** For tests: claims by {@code member} on this database at {@code clock}'s time. */
    public JobClaims(DataSource dataSource, Clock clock, String member) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.member = member;
    }

    /** The tick of an hourly job: the hour (UTC) that {@code now} falls in. */
    public static Instant hourOf(Instant now) {
        return now.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    }

    /** "12345@host": the process that claims, as {@code job_claim.claimed_by} shows it. */
    static String thisInstance() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    /**
     * Runs {@code work} on this instance if it is the one that claims {@code job}'s {@code tick}; returns whether it
     * ran. The claim is marked finished afterwards, also when the work failed (it is tried again at the next tick,
     * as on one instance).
     */
    public boolean runOnce(String job, Instant tick, Duration lease, Runnable work) {
        boolean claimed;
        try {
            claimed = claim(job, tick, lease);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not claim the run of " + job + " at " + tick + "; skipping it", e);
            return false;
        }
        if (!claimed) {
            LOG.fine(() -> job + " at " + tick + " runs on another instance");
            return false;
        }
        try {
            work.run();
        } finally {
            try {
                finished(job, tick);
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Could not mark the run of " + job + " at " + tick + " finished", e);
            }
        }
        return true;
    }

    /**
     * Takes {@code job}'s run at {@code tick} for this instance, for {@code lease}: true when this call took it,
     * false when another claimer has it (or a later tick).
     */
    public boolean claim(String job, Instant tick, Duration lease) throws SQLException {
        OffsetDateTime due = utc(tick);
        OffsetDateTime now = utc(clock.instant());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            for (int attempt = 0; attempt < 2; attempt++) {
                try (PreparedStatement update = connection.prepareStatement("update job_claim set due_at = ?,"
                        + " claimed_by = ?, lease_until = ?, finished_at = null where job_name = ? and (due_at < ?"
                        + " or (due_at = ? and finished_at is null and lease_until < ?))")) {
                    update.setObject(1, due);
                    update.setString(2, member);
                    update.setObject(3, now.plus(lease));
                    update.setString(4, job);
                    update.setObject(5, due);
                    update.setObject(6, due);
                    update.setObject(7, now);
                    if (update.executeUpdate() == 1) {
                        return true;
                    }
                }
                if (exists(connection, job)) {
                    return false;
                }
                if (insert(connection, job, due, now.plus(lease))) {
                    return true;
                }
                // another instance created the row at the same moment: the update above decides
            }
            return false;
        }
    }

    /**
     * Runs {@code work} while this instance holds {@code job}'s row locked: another instance calling this for the
     * same job waits until the work is done. For what every instance does at start but only one may do at a time:
     * the seeding of an empty database ("no account yet? then create admin") checks, then inserts.
     */
    public void exclusively(String job, Runnable work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!exists(connection, job)) {
                OffsetDateTime now = utc(clock.instant());
                insert(connection, job, now, now); // false: another instance made it at the same moment, as wanted
            }
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement(
                        "select job_name from job_claim where job_name = ? for update")) {
                    lock.setString(1, job);
                    lock.executeQuery().close();
                }
                work.run();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /** Creates {@code job}'s row, claimed by this instance; false when another claimer created it first. */
    private boolean insert(Connection connection, String job, OffsetDateTime due, OffsetDateTime leaseUntil)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into job_claim (job_name, due_at,"
                + " claimed_by, lease_until) values (?, ?, ?, ?)")) {
            insert.setString(1, job);
            insert.setObject(2, due);
            insert.setString(3, member);
            insert.setObject(4, leaseUntil);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            return false;
        }
    }

    /** Marks this instance's run of {@code job} at {@code tick} done: no other instance takes that tick again. */
    public void finished(String job, Instant tick) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update job_claim set finished_at = ?"
                     + " where job_name = ? and due_at = ? and claimed_by = ?")) {
            connection.setAutoCommit(true);
            update.setObject(1, utc(clock.instant()));
            update.setString(2, job);
            update.setObject(3, utc(tick));
            update.setString(4, member);
            update.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String job) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from job_claim where job_name = ?")) {
            select.setString(1, job);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
