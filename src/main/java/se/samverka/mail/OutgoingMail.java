package se.samverka.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.samverka.platform.DomainEntity;

/**
 * One mail in the outbox. It is stored in the transaction that asked for it, so it exists exactly
 * when that work was committed, and keeps its own delivery state: attempts, the last error and when
 * to try again (after 1, 2, 4 ... minutes, at most {@value #MAX_ATTEMPTS} attempts). A mail queued as a
 * {@link MailDraft} has a recipient, a reference and its draft (kind, subject id, detail) but no subject, text
 * or attachments until it is {@linkplain #write written} at its first delivery attempt.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends DomainEntity {

    public static final int MAX_ATTEMPTS = 8;
    private static final Pattern PRIVATE_LINK =
            Pattern.compile("(https?://\\S+?/(?:r|m))/[A-Za-z0-9_-]{22,}");
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    /** How long an attempt may take before another one may start (after a crash, say). */
    static final Duration ATTEMPT_LEASE = Duration.ofMinutes(5);
    private static final int MAX_ERROR_LENGTH = 1000;

    @Column(nullable = false)
    private String recipient;

    private String subject;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    @ElementCollection
    @CollectionTable(name = "outgoing_mail_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "list_index")
    private List<MailAttachment> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    private String reference;

    @Column(name = "draft_kind")
    private String draftKind;

    @Column(name = "draft_subject_id")
    private Long draftSubjectId;

    @Column(name = "draft_detail")
    private String draftDetail;

    /** The delivery round that holds the current attempt (see {@link MailService#claim}); not shown anywhere. */
    @Column(name = "claim_token")
    private String claimToken;

    protected OutgoingMail() {
    }

    public OutgoingMail(Mail mail, LocalDateTime now) {
        this.recipient = checkedAddress(mail.to());
        fill(mail);
        this.reference = checkedReference(mail.reference());
        this.status = MailStatus.QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A mail to be written at delivery: recipient, reference and draft only. */
    public OutgoingMail(MailDraft draft, LocalDateTime now) {
        this.recipient = checkedAddress(draft.to());
        if (draft.kind() == null || draft.kind().isBlank() || draft.kind().length() > 60) {
            throw new IllegalArgumentException("A draft's kind is 1 to 60 characters: " + draft.kind());
        }
        if (draft.detail() != null && draft.detail().length() > 1000) {
            throw new IllegalArgumentException("A draft's detail is at most 1000 characters");
        }
        this.draftKind = draft.kind();
        this.draftSubjectId = draft.subjectId();
        this.draftDetail = draft.detail();
        this.reference = checkedReference(draft.reference());
        this.status = MailStatus.QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The draft as queued; null for a mail that was queued written. */
    public MailDraft draft() {
        return draftKind == null ? null : new MailDraft(recipient, draftKind, draftSubjectId, draftDetail, reference);
    }

    /**
     * Writes a draft's mail in: recipient (the address as it is now), subject, text and attachments; the
     * reference stays. Refused like a queued mail when something is missing.
     */
    void write(Mail mail) {
        String address = checkedAddress(mail.to());
        fill(mail);
        this.recipient = address;
    }

    /** Whether subject and text are there; false for a draft until its first delivery attempt. */
    public boolean isWritten() {
        return subject != null;
    }

    private void fill(Mail mail) {
        if (mail.subject() == null || mail.subject().isBlank()) {
            throw new InvalidMailException("subject", "mail.error.subjectRequired");
        }
        String oneLine = mail.subject().strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        if (oneLine.length() > 998) {
            throw new InvalidMailException("subject", "mail.error.subjectTooLong", 998);
        }
        if (mail.text() == null || mail.text().isBlank()) {
            throw new InvalidMailException("text", "mail.error.textRequired");
        }
        List<MailAttachment> files = new ArrayList<>();
        mail.attachments().forEach(attachment -> files.add(new MailAttachment(attachment)));
        this.subject = oneLine;
        this.textBody = mail.text();
        this.htmlBody = mail.html() == null || mail.html().isBlank() ? null : mail.html();
        attachments.clear();
        attachments.addAll(files);
    }

    private static String checkedReference(String reference) {
        if (reference != null && reference.length() > 100) {
            throw new InvalidMailException("reference", "mail.error.referenceTooLong", 100);
        }
        return reference;
    }

    private static String checkedAddress(String address) {
        if (!Mail.isValidAddress(address)) {
            throw new InvalidMailException("to", "mail.error.address", address == null ? "" : address.strip());
        }
        return address.strip();
    }

    /** Whether a delivery attempt may start now. */
    public boolean isDue(LocalDateTime now) {
        return status != MailStatus.SENT && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /**
     * Takes the mail for one attempt: counts it and keeps others off it for a while. False when the
     * mail is not due (already sent, given up, or another attempt is under way).
     */
    boolean startAttempt(LocalDateTime now) {
        if (!isDue(now)) {
            return false;
        }
        attempts++;
        nextAttemptAt = now.plus(ATTEMPT_LEASE);
        return true;
    }

    void delivered(LocalDateTime now) {
        status = MailStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The attempt failed: try again after a growing pause, or give up after the last attempt. */
    void failed(String error, LocalDateTime now) {
        status = MailStatus.FAILED;
        lastError = error == null ? "?" : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        nextAttemptAt = attempts >= MAX_ATTEMPTS ? null : now.plus(pauseAfter(attempts));
    }

    static Duration pauseAfter(int attempt) {
        return FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
    }

    /** An organiser asks for a failed mail to be sent once more: a fresh round of attempts, now. */
    public void sendAgain(LocalDateTime now) {
        if (status != MailStatus.FAILED) {
            throw new InvalidMailException(null, "mail.error.notFailed");
        }
        if (recipient.isEmpty()) {
            throw new InvalidMailException(null, "mail.error.removed");
        }
        attempts = 0;
        nextAttemptAt = now;
    }

    /** Failed and no further attempt planned. */
    public boolean isGivenUp() {
        return status == MailStatus.FAILED && nextAttemptAt == null;
    }

    public boolean isFailed() {
        return status == MailStatus.FAILED;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    /**
     * The text as staff may read it in the outbox: private links (a participant's {@code /r/{token}}) are
     * masked, because those are the recipient's alone. The mail that is sent carries them whole.
     */
    public String getTextForStaff() {
        return textBody == null ? null : PRIVATE_LINK.matcher(textBody).replaceAll("$1/••••••");
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public List<MailAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** When the next attempt may start; null once sent or given up. */
    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public String getReference() {
        return reference;
    }

    /** What kind of mail a draft is ({@code registration.confirmed}); null for a mail queued written. */
    public String getDraftKind() {
        return draftKind;
    }
}
