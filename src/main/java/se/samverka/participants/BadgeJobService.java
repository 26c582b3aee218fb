package se.samverka.participants;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Badge sheets written in the background for the badge page, on the server's managed threads,
 * through the same {@link BadgePrinter} as the API. At most one running job per session.
 */
@ApplicationScoped
public class BadgeJobService {

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    BadgePrinter printer;

    private BadgeJobs jobs;
    private ScheduledFuture<?> sweeping;

    @PostConstruct
    void init() {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "samverka-badges");
        jobs = new BadgeJobs(executor, folder, Clock.systemUTC());
        sweeping = scheduler.scheduleWithFixedDelay(jobs::sweep, 10, 10, TimeUnit.MINUTES);
    }

    @PreDestroy
    void close() {
        sweeping.cancel(false);
        jobs.clear();
    }

    /** Starts the session's badge sheet, or returns the one it is already writing. Bad options fail here. */
    public BadgeJob start(String session, Long eventId, BadgeOptions options, Locale locale) {
        BadgePrinter.Job sheet = printer.prepare(eventId, options.checked(), locale);
        long total = printer.count(eventId, options);
        return jobs.start(session, total, sheet.fileName(), sheet::write);
    }

    public Optional<BadgeJob> of(String session) {
        return jobs.of(session);
    }

    public Optional<BadgeJob> finished(String session, String jobId) {
        return jobs.finished(session, jobId);
    }

    public void discard(BadgeJob job) {
        jobs.discard(job);
    }
}
