package se.samverka.survey;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverka.platform.JobClaims;
import se.samverka.platform.SchemaReady;

/**
 * Once an hour, closes every survey whose closing time has passed: its salt and every response's key are erased,
 * so that no answer can be tied to anyone again. Each survey is its own transaction, and a conditional update, so a
 * second server doing the same finds it closed and does nothing; and each hour runs on one instance only
 * ({@link JobClaims}). (Until then a survey past its time already takes
 * no answers: {@link Survey#isOpen} says so.)
 */
@ApplicationScoped
public class SurveyClosing {

    private static final Logger LOG = Logger.getLogger(SurveyClosing.class.getName());

    @Inject
    SurveyService surveys;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    @Inject
    JobClaims claims;

    private ScheduledFuture<?> runs;

    void start(@Observes SchemaReady ready) {
        runs = scheduler.scheduleWithFixedDelay(this::closeDue, 4, 60, TimeUnit.MINUTES);
    }

    /** Closes every survey due at {@code now} (local time, Europe/Stockholm); returns how many this call closed. */
    public int closeDue(LocalDateTime now) {
        int closed = 0;
        for (Long surveyId : surveys.dueForClosing(now)) {
            try {
                closed += surveys.closeIfDue(surveyId, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing survey " + surveyId + " failed; trying again in an hour", e);
            }
        }
        return closed;
    }

    void closeDue() {
        claims.runOnce("survey-closing", JobClaims.hourOf(clock.instant()), Duration.ofMinutes(30), () -> {
            try {
                int closed = closeDue(LocalDateTime.now(clock).withNano(0));
                if (closed > 0) {
                    LOG.info(() -> "Surveys closed as their time ran out: " + closed);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing surveys failed; trying again in an hour", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }
}
