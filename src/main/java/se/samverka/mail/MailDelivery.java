package se.samverka.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverka.platform.SchemaReady;

/**
 * Sends what the outbox holds: each mail right after the transaction that queued it commits, on a
 * managed thread, and every {@value #RETRY_SECONDS} seconds whatever is due again after a failure.
 * A failed attempt is logged as a warning, the same error again within a minute only at FINE (so a
 * mail server that is down gives one line a minute); the recipient's address is never logged.
 */
@ApplicationScoped
public class MailDelivery {

    static final long RETRY_SECONDS = 30;
    private static final int BATCH = 20;
    private static final Duration QUIET_PERIOD = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    MailService mails;

    @Inject
    MailTransport transport;

    @Inject
    MailComposer composer;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> retries;
    private String lastWarned;
    private Instant lastWarnedAt = Instant.EPOCH;

    void start(@Observes @Priority(100) SchemaReady ready) {
        LOG.info(() -> "Outgoing mail is " + transport.describe());
        retries = scheduler.scheduleWithFixedDelay(this::deliverDue, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (retries != null) {
            retries.cancel(false);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        try {
            executor.execute(() -> deliver(queued.mailId()));
        } catch (RejectedExecutionException e) {
            LOG.fine(() -> "Mail " + queued.mailId() + " left for the next retry round: " + e);
        }
    }

    /** One retry round now: every mail whose next attempt is due is tried (what the scheduler does every 30 s). */
    public void deliverDue() {
        try {
            mails.due(MailService.now(), BATCH).forEach(this::deliver);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for mail to send again", e);
        }
    }

    /** One attempt at one mail, unless it is not due or another thread has just taken it. */
    void deliver(long id) {
        Optional<OutgoingMail> taken;
        try {
            taken = mails.startAttempt(id);
        } catch (RuntimeException raced) {
            LOG.fine(() -> "Mail " + id + " is being sent by another thread: " + raced);
            return;
        }
        if (taken.isEmpty()) {
            return;
        }
        try {
            transport.send(composer.compose(taken.get()));
        } catch (Exception e) {
            recordFailure(id, describe(e));
            return;
        }
        try {
            mails.recordDelivered(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail " + id + " was sent but could not be marked as sent", e);
        }
    }

    private void recordFailure(long id, String error) {
        try {
            mails.recordFailure(id, error).ifPresent(failed -> LOG.log(levelFor(error), () -> "Mail " + id
                    + (failed.getReference() == null ? "" : " (" + failed.getReference() + ")")
                    + " not sent, attempt " + failed.getAttempts() + " of " + OutgoingMail.MAX_ATTEMPTS + ": " + error
                    + (failed.isGivenUp() ? "; giving up (an organiser can send it again)"
                            : "; next attempt at " + failed.getNextAttemptAt().withNano(0))));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail " + id + " not sent (" + error + ") and the failure could not be recorded", e);
        }
    }

    /** A warning for a new error; the same error again within a minute (a server that is down) only at FINE. */
    private Level levelFor(String error) {
        Instant now = Instant.now();
        synchronized (this) {
            boolean repeated = error.equals(lastWarned) && now.isBefore(lastWarnedAt.plus(QUIET_PERIOD));
            if (!repeated) {
                lastWarned = error;
                lastWarnedAt = now;
            }
            return repeated ? Level.FINE : Level.WARNING;
        }
    }

    /** The first line of each message in the chain of causes: "Couldn't connect to host ...: Connection refused". */
    static String describe(Throwable error) {
        List<String> parts = new ArrayList<>();
        for (Throwable cause = error; cause != null && parts.size() < 4; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage().lines().findFirst().orElse("").replaceAll(";\\s*$", "").strip();
            if (parts.isEmpty() || !parts.get(parts.size() - 1).equals(message)) {
                parts.add(message);
            }
        }
        return String.join(": ", parts);
    }
}
