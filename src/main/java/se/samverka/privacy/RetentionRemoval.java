package se.samverka.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What each kind of data removes, as SQL on the data itself. Every removal is a conditional update or delete
 * whose condition is false once done, so a second run (or a second server running at the same moment) finds
 * nothing and counts nothing; {@link #count} uses the very same conditions, so the preview says exactly what a run
 * removes. One target is one transaction, logged (only when something went) in the same transaction.
 * <p>
 * {@link RetentionService} runs the kinds in the order of {@link DataKind} (needs before registrations, whose
 * anonymisation also clears needs), so that counts taken before a run match what the run removes.
 */
@ApplicationScoped
public class RetentionRemoval {

    /** The registrations of one event. */
    private static final String OF_EVENT = "registration_id in (select r.id from registration r where r.event_id = ?1)";

    private static final String NEEDS = "event_id = ?1 and (dietary is not null or accessibility is not null)";
    private static final String NEED_EDITS = "field in ('dietary', 'accessibility')"
            + " and (old_value is not null or new_value is not null) and " + OF_EVENT;
    private static final String PERSONS = "event_id = ?1 and anonymised_at is null";
    private static final String CERTIFICATE_DETAIL = OF_EVENT + " and sessions <> ''";
    /** Sent, or given up (failed with no attempt planned); never one still waiting to go. */
    private static final String MAIL_BODIES = "(status = 'SENT' or (status = 'FAILED' and next_attempt_at is null))"
            + " and created_at < ?1 and recipient <> ''";
    private static final String RECEIPTS = "event_id = ?1";
    private static final String SCAN_DETAIL = "event_id = ?1 and (checked_in_by <> '' or device is not null"
            + " or undone_by is not null or resolved_by is not null)";
    private static final String TEXT_ANSWERS = "question_id in (select q.id from survey_question q join survey s"
            + " on s.id = q.survey_id where s.event_id = ?1 and q.kind = 'TEXT')";
    private static final String MEETINGS = "meeting_id in (select m.id from meeting m where m.series_id = ?1"
            + " and m.starts_at < ?2)";
    private static final String REPLIES = MEETINGS + " and (reply is not null or replied_at is not null"
            + " or substitute is not null or marked_at is not null or marked_by is not null)";
    private static final String MINUTES = MEETINGS + " and (minutes_text is not null or presenter is not null)";
    private static final String DONE_ACTIONS = MEETINGS + " and status = 'DONE'";
    private static final String CERTIFICATES = "event_id = ?1";
    private static final String ORPHAN_CERTIFICATES = "event_id is null and last_day < ?1";

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationAnonymiser anonymiser;

    /** How many records of the target a removal would touch now (its date is the caller's business). */
    public int count(RetentionTarget target) {
        return switch (target.kind()) {
            case NEEDS -> count("registration", NEEDS, target) + count("registration_edit", NEED_EDITS, target);
            case REGISTRATIONS -> count("registration", PERSONS, target)
                    + count("certificate", CERTIFICATE_DETAIL, target);
            case MAIL_BODIES -> count("outgoing_mail", MAIL_BODIES, target);
            case CHECK_INS -> count("scan_receipt", RECEIPTS, target) + count("check_in", SCAN_DETAIL, target);
            case SURVEY_TEXT -> count("survey_answer", TEXT_ANSWERS, target);
            case MEETING_DATA -> count("meeting_attendance", REPLIES, target) + count("agenda_item", MINUTES, target)
                    + count("minutes_amendment", MEETINGS, target) + count("action_item", DONE_ACTIONS, target);
            case CERTIFICATES -> target.eventId() == null ? count("certificate", ORPHAN_CERTIFICATES, target)
                    : count("certificate", CERTIFICATES, target);
        };
    }

    /**
     * Removes the target's data now and logs how many records went (when any did); returns that number.
     * {@code ranBy} is null for the rule, else the account that ran it.
     */
    @Transactional
    public int remove(RetentionTarget target, LocalDateTime now, String ranBy, RetentionCause cause) {
        int removed = switch (target.kind()) {
            case NEEDS -> update("update registration set dietary = null, accessibility = null,"
                    + " version = version + 1 where " + NEEDS, target)
                    + update("update registration_edit set old_value = null, new_value = null, version = version + 1"
                    + " where " + NEED_EDITS, target);
            case REGISTRATIONS -> anonymise(target, now)
                    + update("update certificate set sessions = '', version = version + 1 where " + CERTIFICATE_DETAIL,
                    target);
            case MAIL_BODIES -> removeAttachments(target) + update("update outgoing_mail set recipient = '',"
                    + " text_body = '', html_body = null, last_error = null, version = version + 1 where " + MAIL_BODIES,
                    target);
            case CHECK_INS -> update("delete from scan_receipt where " + RECEIPTS, target)
                    + update("update check_in set checked_in_by = '', device = null, undone_by = null,"
                    + " resolved_by = null, version = version + 1 where " + SCAN_DETAIL, target);
            case SURVEY_TEXT -> update("delete from survey_answer where " + TEXT_ANSWERS, target);
            case MEETING_DATA -> update("update meeting_attendance set reply = null, replied_at = null,"
                    + " substitute = null, marked_at = null, marked_by = null, version = version + 1 where " + REPLIES,
                    target)
                    + update("update agenda_item set minutes_text = null, presenter = null, version = version + 1"
                    + " where " + MINUTES, target)
                    + update("delete from minutes_amendment where " + MEETINGS, target)
                    + update("delete from action_item where " + DONE_ACTIONS, target);
            case CERTIFICATES -> update("delete from certificate where "
                    + (target.eventId() == null ? ORPHAN_CERTIFICATES : CERTIFICATES), target);
        };
        if (removed > 0) {
            em.persist(new RetentionLogEntry(target.kind().key(), target.eventId(), target.seriesId(), removed, now,
                    ranBy, cause));
        }
        return removed;
    }

    /** The attachments go with the body; the mail counts once. */
    private int removeAttachments(RetentionTarget target) {
        update("delete from outgoing_mail_attachment where mail_id in (select id from outgoing_mail where "
                + MAIL_BODIES + ")", target);
        return 0;
    }

    private int anonymise(RetentionTarget target, LocalDateTime now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = bind(em.createNativeQuery("select id from registration where " + PERSONS), target)
                .getResultList();
        return anonymiser.anonymise(ids.stream().map(Number::longValue).toList(), now);
    }

    private int count(String table, String condition, RetentionTarget target) {
        return ((Number) bind(em.createNativeQuery("select count(*) from " + table + " where " + condition), target)
                .getSingleResult()).intValue();
    }

    private int update(String statement, RetentionTarget target) {
        return bind(em.createNativeQuery(statement), target).executeUpdate();
    }

    /** ?1 is the event or series (or the date for targets without either), ?2 the date. */
    private static Query bind(Query query, RetentionTarget target) {
        Long owner = target.eventId() != null ? target.eventId() : target.seriesId();
        LocalDate before = target.before();
        if (owner != null) {
            query.setParameter(1, owner);
            if (before != null && target.seriesId() != null) {
                query.setParameter(2, before.atStartOfDay());
            }
        } else {
            query.setParameter(1, target.kind() == DataKind.CERTIFICATES ? before : before.atStartOfDay());
        }
        return query;
    }
}
