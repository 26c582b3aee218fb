package se.samverka.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

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
    static LocalDateTime now() {
        return LocalDateTime.now(STOCKHOLM);
    }

    // --- for MailDelivery ---

    /**
     * Ids of the mails whose next attempt is due. In a transaction: on a scheduled thread Payara
     * closes a non-transactional EntityManager after the first run.
     */
    List<Long> due(LocalDateTime now, int max) {
        return em.createQuery("select m.id from OutgoingMail m where m.status <> :sent and m.nextAttemptAt <= :now"
                        + " order by m.nextAttemptAt", Long.class)
                .setParameter("sent", MailStatus.SENT)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Takes a due mail for one attempt, with its attachments loaded; empty when it is not due. Two
     * callers racing for the same mail cannot both commit (optimistic locking).
     */
    Optional<OutgoingMail> startAttempt(long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail == null || !mail.startAttempt(now())) {
            return Optional.empty();
        }
        mail.getAttachments();
        em.flush();
        return Optional.of(mail);
    }

    void recordDelivered(long id) {
        Optional.ofNullable(em.find(OutgoingMail.class, id)).ifPresent(mail -> mail.delivered(now()));
    }

    /** Records a failed attempt; returns the mail as it now stands. */
    Optional<OutgoingMail> recordFailure(long id, String error) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail != null) {
            mail.failed(error, now());
        }
        return Optional.ofNullable(mail);
    }
}
