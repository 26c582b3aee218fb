package se.samverka.registration;

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
 * The automatic reminder before an event: once an hour, every event whose {@code reminderDays} have come (from
 * 08:00, Europe/Stockholm) sends one mail to each confirmed participant, through the outbox, with their programme,
 * workshops, link, the organiser's contact and an .ics file; the event is marked so that it goes only once. Each
 * event is its own transaction: one that fails is tried again next hour and does not hold up the others. With
 * several instances each hour runs on one of them ({@link JobClaims}).
 */
@ApplicationScoped
public class EventReminders {

    private static final Logger LOG = Logger.getLogger(EventReminders.class.getName());

    @Inject
    ReminderMailing mailing;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    @Inject
    JobClaims claims;

    private ScheduledFuture<?> runs;

    void start(@Observes SchemaReady ready) {
        runs = scheduler.scheduleWithFixedDelay(this::remind, 3, 60, TimeUnit.MINUTES);
    }

    /**
     * Sends every reminder that is due at {@code now} (local time, Europe/Stockholm) and not sent yet; returns the
     * number of mails queued. What the hourly run calls; tests call it with the time they need.
     */
    public int sendDue(LocalDateTime now) {
        int sent = 0;
        for (Long eventId : mailing.dueEvents(now)) {
            try {
                sent += mailing.remind(eventId, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder for event " + eventId + " failed; trying again in an hour", e);
            }
        }
        return sent;
    }

    void remind() {
        claims.runOnce("event-reminders", JobClaims.hourOf(clock.instant()), Duration.ofMinutes(30), () -> {
            try {
                int sent = sendDue(LocalDateTime.now(clock));
                if (sent > 0) {
                    LOG.info(() -> "Event reminders queued: " + sent);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Event reminders failed; trying again in an hour", e);
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
