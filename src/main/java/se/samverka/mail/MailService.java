package se.samverka.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import se.samverka.platform.NotFoundException;

/**
 * The outbox. {@link #queue} stores a mail in the caller's transaction, so the mail exists exactly
 * when the caller's work commits; {@link MailDelivery} sends it after the commit and retries
 * failures. Sending never fails the caller: a mail server that is down only delays the mail.
 */
@ApplicationScoped
@Transactional
public class MailService {

    /** The outbox keeps its times in Europe/Stockholm, like the rest of Samverka, whatever the server's zone. */
    @Inject
    Clock clock;
    private static final Logger LOG = Logger.getLogger(MailService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    @Inject
    @Any
    Instance<MailDraftWriter> writers;

    /**
     * Puts a mail in the outbox, to be sent after the current transaction commits (nothing is sent
     * if it rolls back). Refuses a mail without a valid address, subject or text.
     */
    public OutgoingMail queue(Mail mail) {
        OutgoingMail outgoing = new OutgoingMail(mail, now());
        em.persist(outgoing);
        queued.fire(new MailQueued(outgoing.getId()));
        return outgoing;
    }

    /**
     * Puts a draft in the outbox, to be written and sent after the current transaction commits: a small row
     * (recipient, reference, kind, subject id, detail), so that the caller's transaction stays short.
     */
    public OutgoingMail queue(MailDraft draft) {
        OutgoingMail outgoing = new OutgoingMail(draft, now());
        em.persist(outgoing);
        queued.fire(new MailQueued(outgoing.getId()));
        return outgoing;
    }

    /** Sends a failed mail once more, starting a fresh round of attempts. */
    public OutgoingMail sendAgain(Long id) {
        OutgoingMail mail = get(id);
        mail.sendAgain(now());
        queued.fire(new MailQueued(mail.getId()));
        return mail;
    }

    /** The newest mails first, at most {@code max}. */
    public List<OutgoingMail> list(int max) {
        return em.createQuery("select m from OutgoingMail m order by m.createdAt desc, m.id desc", OutgoingMail.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The mails queued with this reference (e.g. {@code registration:123}), oldest first. */
    public List<OutgoingMail> forReference(String reference) {
        return em.createQuery("select m from OutgoingMail m where m.reference = :reference order by m.createdAt, m.id",
                        OutgoingMail.class)
                .setParameter("reference", reference)
                .getResultList();
    }

    /** How many mails of each reference stand in each status (one grouped query); absent references have none. */
    public Map<String, Map<MailStatus, Long>> statusCounts(Collection<String> references) {
        Map<String, Map<MailStatus, Long>> counts = new HashMap<>();
        if (references.isEmpty()) {
            return counts;
        }
        em.createQuery("select m.reference, m.status, count(m) from OutgoingMail m where m.reference in :references"
                        + " group by m.reference, m.status", Object[].class)
                .setParameter("references", references)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((String) row[0], key -> new EnumMap<>(MailStatus.class))
                        .put((MailStatus) row[1], (Long) row[2]));
        return counts;
    }

    /** One mail with its attachments. */
    public OutgoingMail get(Long id) {
        OutgoingMail mail = id == null ? null : em.find(OutgoingMail.class, id);
        if (mail == null) {
            throw new NotFoundException("mail", id);
        }
        mail.getAttachments();
        return mail;
    }

    /** Now in Europe/Stockholm: the times the outbox stores and shows. */
    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // --- for MailDelivery ---

    /** What one delivery run took: the mails to send now (written, attachments loaded) and how many rows it took. */
    record Claim(List<OutgoingMail> toSend, int taken) {
    }

    /**
     * Takes up to {@code max} due mails for one attempt each, in one transaction and two statements: one conditional
     * update takes every listed row that is still due and writes this round's random token into it, and one read
     * finds the rows that carry it. A second thread or a second server that races for a row waits for this
     * transaction's row lock and then finds the row no longer due (its next attempt is the lease's end), so a mail
     * is taken by one round only (MailPersistenceIT). Drafts are written here by their {@link MailDraftWriter},
     * each writer first {@linkplain MailDraftWriter#prepare preparing} all of its drafts of the round at once; a
     * draft whose subject is gone is dropped, one that cannot be written counts as a failed attempt.
     */
    Claim claim(LocalDateTime now, int max) {
        List<Long> due = em.createQuery("select m.id from OutgoingMail m where m.status <> :sent"
                        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("sent", MailStatus.SENT)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        if (due.isEmpty()) {
            return new Claim(List.of(), 0);
        }
        String token = UUID.randomUUID().toString();
        int updated = em.createQuery("update OutgoingMail m set m.attempts = m.attempts + 1,"
                        + " m.nextAttemptAt = :lease, m.claimToken = :token, m.version = m.version + 1"
                        + " where m.id in :ids and m.status <> :sent and m.nextAttemptAt <= :now")
                .setParameter("lease", now.plus(OutgoingMail.ATTEMPT_LEASE))
                .setParameter("token", token)
                .setParameter("ids", due)
                .setParameter("sent", MailStatus.SENT)
                .setParameter("now", now)
                .executeUpdate();
        if (updated == 0) {
            return new Claim(List.of(), 0);
        }
        List<OutgoingMail> taken = em.createQuery("select m from OutgoingMail m where m.id in :ids"
                        + " and m.claimToken = :token order by m.id", OutgoingMail.class)
                .setParameter("ids", due)
                .setParameter("token", token)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "m.attachments") // one read for the round's attachments
                .getResultList();
        prepare(taken);
        List<OutgoingMail> toSend = new ArrayList<>();
        for (OutgoingMail mail : taken) {
            if (mail.isWritten() || write(mail, now)) {
                mail.getAttachments();
                toSend.add(mail);
            }
        }
        em.flush();
        return new Claim(toSend, taken.size());
    }

    /** Lets each writer read what all of its drafts of the round need at once (e.g. the registrations). */
    private void prepare(List<OutgoingMail> taken) {
        List<MailDraft> drafts = taken.stream().filter(mail -> !mail.isWritten()).map(OutgoingMail::draft).toList();
        if (drafts.isEmpty()) {
            return;
        }
        for (MailDraftWriter writer : writers) {
            List<MailDraft> own = drafts.stream().filter(draft -> writer.writes(draft.kind())).toList();
            if (!own.isEmpty()) {
                writer.prepare(own);
            }
        }
    }

    /** Writes a draft's mail in; false when it is dropped or could not be written (then it failed this attempt). */
    private boolean write(OutgoingMail mail, LocalDateTime now) {
        MailDraft draft = mail.draft();
        Optional<MailDraftWriter> writer = writers.stream().filter(w -> w.writes(draft.kind())).findFirst();
        if (writer.isEmpty()) {
            return unwritten(mail, "No writer for mails of kind " + draft.kind(), now);
        }
        Optional<Mail> written;
        try {
            written = writer.get().write(draft);
        } catch (InvalidMailException | IllegalArgumentException | IllegalStateException e) {
            return unwritten(mail, "Could not write the " + draft.kind() + " mail: " + e.getMessage(), now);
        }
        if (written.isEmpty()) {
            LOG.fine(() -> "Mail " + mail.getId() + " (" + draft.reference() + ") dropped: nothing to tell any more");
            em.remove(mail);
            return false;
        }
        try {
            mail.write(written.get());
            return true;
        } catch (InvalidMailException e) {
            return unwritten(mail, "Could not write the " + draft.kind() + " mail: " + e.messageKey(), now);
        }
    }

    /** A draft that could not be written: this attempt failed (tried again later, given up after the last). */
    private static boolean unwritten(OutgoingMail mail, String error, LocalDateTime now) {
        mail.failed(error, now);
        LOG.warning(() -> "Mail " + mail.getId() + " (" + mail.getReference() + ") not sent, attempt "
                + mail.getAttempts() + " of " + OutgoingMail.MAX_ATTEMPTS + ": " + error);
        return false;
    }

    /**
     * Records how one run went, in one transaction: the sent mails as sent, the failed ones as failed (to be
     * tried again later or given up). Returns the failed mails as they now stand.
     */
    List<OutgoingMail> record(Collection<Long> sent, Map<Long, String> failures, LocalDateTime now) {
        if (!sent.isEmpty()) {
            em.createQuery("update OutgoingMail m set m.status = :sent, m.sentAt = :now, m.nextAttemptAt = null,"
                            + " m.lastError = null, m.version = m.version + 1 where m.id in :ids")
                    .setParameter("sent", MailStatus.SENT)
                    .setParameter("now", now)
                    .setParameter("ids", sent)
                    .executeUpdate();
        }
        List<OutgoingMail> failed = new ArrayList<>();
        failures.forEach((id, error) -> Optional.ofNullable(em.find(OutgoingMail.class, id)).ifPresent(mail -> {
            mail.failed(error, now);
            failed.add(mail);
        }));
        return failed;
    }
}
