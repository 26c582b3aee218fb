package se.samverka.participants;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.samverka.platform.Database;

/**
 * Badge sheets written in the background for the badge page, on the server's managed threads, through the same
 * {@link BadgePrinter} as the API, and kept in the database ({@link BadgeJobs}): a sheet started through one
 * instance of a cluster shows its progress and downloads through any other. At most one running job per account.
 */
@ApplicationScoped
public class BadgeJobService {

    private static final Logger LOG = Logger.getLogger(BadgeJobService.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DataSource dataSource;

    @Inject
    BadgePrinter printer;

    private BadgeJobs jobs;
    private ScheduledFuture<?> sweeping;

    @PostConstruct
    void init() {
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"), "samverka-badges");
        jobs = new BadgeJobs(executor, dataSource, scratch, Clock.systemUTC());
        sweeping = scheduler.scheduleWithFixedDelay(this::sweep, 10, 10, TimeUnit.MINUTES);
    }

    private void sweep() {
        try {
            jobs.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete old badge sheets; trying again in ten minutes", e);
        }
    }

    @PreDestroy
    void close() {
        sweeping.cancel(false);
        try {
            jobs.abandonRunning();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Badge jobs of this instance left running at shutdown", e);
        }
    }

    /** Starts the owner's badge sheet, or returns the one it is already writing. Bad options fail here. */
    public BadgeJob start(String owner, Long eventId, BadgeOptions options, Locale locale) {
        BadgePrinter.Job sheet = printer.prepare(eventId, options.checked(), locale);
        long total = printer.count(eventId, options);
        return jobs.start(owner, eventId, total, sheet.fileName(), sheet::write);
    }

    public Optional<BadgeJob> of(String owner) {
        return jobs.of(owner);
    }

    public Optional<BadgeJob> finished(String owner, String jobId) {
        return jobs.finished(owner, jobId);
    }

    /** Copies the finished sheet to {@code out}; false when it is gone. */
    public boolean copy(BadgeJob job, OutputStream out) throws IOException {
        return jobs.copy(job, out);
    }

    public void discard(BadgeJob job) {
        jobs.discard(job);
    }
}
