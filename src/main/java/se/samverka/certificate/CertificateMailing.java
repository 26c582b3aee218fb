package se.samverka.certificate;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails an event's certificates in the background (hundreds take a while: each is a PDF), one run per event
 * at a time, with its progress for the page to show.
 */
@ApplicationScoped
public class CertificateMailing {

    private static final Logger LOG = Logger.getLogger(CertificateMailing.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    CertificateMailer mailer;

    private final Map<Long, Progress> runs = new ConcurrentHashMap<>();

    /** How far a run has come: {@code done} of {@code total}; {@code finished} when it ended. */
    public static final class Progress {
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private volatile boolean finished;

        Progress(int total) {
            this.total = total;
        }

        public int getTotal() { return total; }
        public int getDone() { return done.get(); }
        public boolean isFinished() { return finished; }
        public int getPercent() { return total == 0 ? 100 : done.get() * 100 / total; }
    }

    /** Starts mailing the certificates not mailed yet, unless a run for the event is under way (then that one). */
    public Progress start(Long eventId) {
        Progress running = runs.get(eventId);
        if (running != null && !running.isFinished()) {
            return running;
        }
        List<Long> unmailed = mailer.unmailed(eventId);
        Progress progress = new Progress(unmailed.size());
        runs.put(eventId, progress);
        executor.execute(() -> {
            try {
                for (Long certificate : unmailed) {
                    mailer.mail(certificate);
                    progress.done.incrementAndGet();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Mailing the certificates of event " + eventId + " stopped", e);
            } finally {
                progress.finished = true;
            }
        });
        return progress;
    }

    public Optional<Progress> of(Long eventId) {
        return Optional.ofNullable(runs.get(eventId));
    }
}
