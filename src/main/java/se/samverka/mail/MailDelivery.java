package se.samverka.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverka.platform.SchemaReady;

/**
 * Sends what the outbox holds, after the transaction that queued it commits, on a managed thread, and every
 * {@value #RETRY_SECONDS} seconds whatever is due again after a failure. One run at a time on this server
 * (a rush of commits only asks for another run, {@value #GATHER_MILLIS} ms after the running one): each round
 * claims up to {@value #BATCH} due mails in one transaction (writing drafts then), sends them over one
 * connection, and records how they went in one more transaction. A second server (or a test's second thread)
 * may run rounds too: a mail is claimed by one of them only. A failed attempt is logged as a warning, the same
 * error again within a minute only at FINE (so a mail server that is down gives one line a minute); the
 * recipient's address is never logged.
 */
@ApplicationScoped
public class MailDelivery {

    static final long RETRY_SECONDS = 30;
    static final int BATCH = 50;
    static final long GATHER_MILLIS = 250;
    private static final Duration QUIET_PERIOD = Duration.ofMinutes(1);
    /**
     * How long a round may spend sending before it leaves the rest as failed (tried again later): well within
     * the lease of its claim, so that no other run takes a mail this one may still send.
     */
    static final Duration SEND_BUDGET = OutgoingMail.ATTEMPT_LEASE.dividedBy(2);
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    Clock clock;

    @Inject
    MailService mails;

    @Inject
    MailTransport transport;

    @Inject
    MailComposer composer;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private ScheduledFuture<?> retries;
    private String lastWarned;
    private Instant lastWarnedAt = Instant.EPOCH;

    void start(@Observes @Priority(100) SchemaReady ready) {
        LOG.info(() -> "Outgoing mail is " + transport.describe());
        retries = scheduler.scheduleWithFixedDelay(this::wake, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (retries != null) {
            retries.cancel(false);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        wake();
    }

    /**
     * Starts a run on the managed scheduler, {@value #GATHER_MILLIS} ms from now, unless one is under way or about
     * to start; that one then starts another when it ends, so a mail queued while it runs is not left for the next
     * retry round. The short wait gathers the mails of a rush into rounds (one claim and one record transaction
     * for up to {@value #BATCH} mails) instead of a round per commit.
     */
    void wake() {
        wanted.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            scheduler.schedule(this::run, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            running.set(false);
            LOG.fine(() -> "Mail left for the next retry round: " + e);
        }
    }

    /**
     * One pass over what is due; mails queued meanwhile wait for the next run, {@value #GATHER_MILLIS} ms later.
     * Looking again at once (as this did before) made a round of every commit or two during a rush: at 100
     * registrations a second on H2 the rounds took most of a core (docs/performance.md).
     */
    private void run() {
        try {
            if (wanted.getAndSet(false)) {
                deliverDue();
            }
        } finally {
            running.set(false);
        }
        if (wanted.get()) {
            wake();
        }
    }

    /**
     * Rounds now, on the caller's thread, until nothing is due: every mail whose next attempt is due is tried
     * once (what a run does after a commit or every 30 s).
     */
    public void deliverDue() {
        try {
            while (deliverRound() == BATCH) {
                // a full round: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for mail to send", e);
        }
    }

    /** Claims, sends and records one round; returns how many mails it took. */
    int deliverRound() {
        MailService.Claim claim;
        try {
            claim = mails.claim(LocalDateTime.now(clock), BATCH);
        } catch (RuntimeException e) {
            String error = describe(e);
            LOG.log(raced(e) ? Level.FINE : levelFor(error), () -> "Could not take due mail: " + error);
            return 0;
        }
        List<Long> sent = new ArrayList<>();
        Map<Long, String> failures = new LinkedHashMap<>();
        long started = System.nanoTime();
        try (MailTransport.Connection connection = transport.open()) {
            for (OutgoingMail mail : claim.toSend()) {
                if (System.nanoTime() - started > SEND_BUDGET.toNanos()) {
                    failures.put(mail.getId(), "Not tried: the round ran out of time (the mail server is slow)");
                    continue;
                }
                try {
                    connection.send(composer.compose(mail));
                    sent.add(mail.getId());
                } catch (Exception e) {
                    failures.put(mail.getId(), describe(e));
                }
            }
        }
        if (!sent.isEmpty() || !failures.isEmpty()) {
            record(sent, failures);
        }
        return claim.taken();
    }

    private void record(List<Long> sent, Map<Long, String> failures) {
        List<OutgoingMail> failed;
        try {
            failed = mails.record(sent, failures, LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, sent.size() + " mails were sent and " + failures.size()
                    + " failed, but this could not be recorded", e);
            return;
        }
        for (OutgoingMail mail : failed) {
            String error = mail.getLastError();
            LOG.log(levelFor(error), () -> "Mail " + mail.getId()
                    + (mail.getReference() == null ? "" : " (" + mail.getReference() + ")")
                    + " not sent, attempt " + mail.getAttempts() + " of " + OutgoingMail.MAX_ATTEMPTS + ": " + error
                    + (mail.isGivenUp() ? "; giving up (an organiser can send it again)"
                            : "; next attempt at " + mail.getNextAttemptAt().withNano(0)));
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

    /** Another run (thread or server) holds or just took the rows: nothing is wrong, it sends them. */
    private static boolean raced(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof java.sql.SQLTransientException) {
                return true;
            }
        }
        return false;
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
