package se.samverka.meeting;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverka.platform.JobClaims;
import se.samverka.platform.SchemaReady;

/**
 * Once an hour: reminds members of invited meetings that are {@code reminderDays} away (each meeting once). With
 * several instances each hour runs on one of them ({@link JobClaims}).
 */
@ApplicationScoped
public class MeetingReminders {

    private static final Logger LOG = Logger.getLogger(MeetingReminders.class.getName());

    @Inject
    ScheduleService schedule;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    @Inject
    JobClaims claims;

    private ScheduledFuture<?> runs;

    void start(@Observes SchemaReady ready) {
        runs = scheduler.scheduleWithFixedDelay(this::remind, 2, 60, TimeUnit.MINUTES);
    }

    void remind() {
        claims.runOnce("meeting-reminders", JobClaims.hourOf(clock.instant()), Duration.ofMinutes(30), () -> {
            try {
                int sent = schedule.remindDue();
                if (sent > 0) {
                    LOG.info(() -> "Meeting reminders queued: " + sent);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Meeting reminders failed; trying again in an hour", e);
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
