package se.samverka.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/**
 * A certificate as issued: its code, and a copy of all it says (who, what event, when, where, which sessions,
 * how many hours, who signed), so that it can be verified and printed again after the event, the registration
 * or the speaker is gone. It can be revoked, with a reason; it is never changed otherwise.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends DomainEntity {

    @Column(nullable = false, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateKind kind;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "speaker_id")
    private Long speakerId;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column(name = "event_title", nullable = false)
    private String eventTitle;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    private String venue;

    @Column(nullable = false)
    private int minutes;

    /** One line per session: "2026-04-14 09:00–10:00 Title". */
    @Column(nullable = false)
    private String sessions;

    @Column(name = "issuer_name")
    private String issuerName;

    @Column(name = "issuer_title")
    private String issuerTitle;

    @Column(nullable = false)
    private String language;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoke_reason")
    private String revokeReason;

    @Column(name = "mailed_at")
    private LocalDateTime mailedAt;

    protected Certificate() {
    }

    Certificate(String code, CertificateKind kind, Long eventId, Long registrationId, Long speakerId, String holderName,
            String eventTitle, LocalDate firstDay, LocalDate lastDay, String venue, long minutes, List<String> sessionLines,
            CertificatePolicy policy, String language, LocalDateTime issuedAt) {
        this.code = code;
        this.kind = kind;
        this.eventId = eventId;
        this.registrationId = registrationId;
        this.speakerId = speakerId;
        this.holderName = holderName;
        this.eventTitle = eventTitle;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.venue = venue;
        this.minutes = (int) minutes;
        String lines = String.join("\n", sessionLines);
        this.sessions = lines.length() > 10_000 ? lines.substring(0, 10_000) : lines;
        this.issuerName = policy.getIssuerName();
        this.issuerTitle = policy.getIssuerTitle();
        this.language = language;
        this.issuedAt = issuedAt;
    }

    /** Withdrawn by an organiser: verification then says so, with the date. */
    void revoke(String reason, LocalDateTime now) {
        if (revokedAt != null) {
            return;
        }
        String why = Text.oneLine(reason, "reason", 500);
        if (why == null || why.isEmpty()) {
            throw new InvalidCertificateException("reason", "certificate.error.reasonRequired");
        }
        this.revokedAt = now;
        this.revokeReason = why;
    }

    /** Sent to its holder by mail (once: mailing again skips it). */
    void mailed(LocalDateTime now) {
        this.mailedAt = now;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public List<String> sessionLines() {
        return sessions.isEmpty() ? List.of() : List.of(sessions.split("\n"));
    }

    public String getCode() { return code; }
    public CertificateKind getKind() { return kind; }
    public Long getEventId() { return eventId; }
    public Long getRegistrationId() { return registrationId; }
    public Long getSpeakerId() { return speakerId; }
    public String getHolderName() { return holderName; }
    public String getEventTitle() { return eventTitle; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public String getVenue() { return venue; }
    public int getMinutes() { return minutes; }
    public String getIssuerName() { return issuerName; }
    public String getIssuerTitle() { return issuerTitle; }
    public String getLanguage() { return language; }
    public LocalDateTime getIssuedAt() { return issuedAt; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public String getRevokeReason() { return revokeReason; }
    public LocalDateTime getMailedAt() { return mailedAt; }
}
