package se.samverka.privacy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverka.platform.JobClaims;
import se.samverka.platform.SchemaReady;

/**
 * Every night at {@value #HOUR}:15 (Europe/Stockholm) removes all data that is due. At start it reads every
 * retention key, so that a bad value fails the deployment loudly instead of a night's run quietly. Safe on two
 * servers at once: each removal is a conditional update that the second finds done (see {@link RetentionRemoval});
 * and each night runs on one instance only ({@link JobClaims}).
 */
@ApplicationScoped
public class RetentionJob {

    static final int HOUR = 3;

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    RetentionRules rules;

    @Inject
    RetentionService retention;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobClaims claims;

    private volatile ScheduledFuture<?> next;

    void start(@Observes SchemaReady ready) {
        rules.all().forEach((kind, period) -> LOG.info(() -> "Retention of " + kind.key() + ": "
                + period.map(p -> RetentionRules.days(p) + " days").orElse("kept")));
        scheduleNext();
    }

    /** How long from {@code now} until the next night's run. */
    static Duration untilNextRun(ZonedDateTime now) {
        ZonedDateTime run = now.with(LocalTime.of(HOUR, 15));
        if (!run.isAfter(now)) {
            run = run.plusDays(1);
        }
        return Duration.between(now, run);
    }

    private void scheduleNext() {
        next = scheduler.schedule(this::runNightly, untilNextRun(ZonedDateTime.now(clock)).toSeconds(),
                TimeUnit.SECONDS);
    }

    void runNightly() {
        try {
            claims.runOnce("retention", ZonedDateTime.now(clock).truncatedTo(ChronoUnit.DAYS).toInstant(),
                    Duration.ofHours(2), this::removeDue);
        } finally {
            try {
                scheduleNext();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "No next retention run: the application is stopping", e);
            }
        }
    }

    private void removeDue() {
        try {
            List<RetentionService.Removed> removed = retention.runDue(LocalDateTime.now(clock).withNano(0), null);
            int total = removed.stream().mapToInt(RetentionService.Removed::count).sum();
            LOG.info(() -> "Retention removed " + total + " records in " + removed.size() + " parts");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention failed; trying again next night", e);
        }
    }

    @PreDestroy
    void stop() {
        if (next != null) {
            next.cancel(false);
        }
    }
}
