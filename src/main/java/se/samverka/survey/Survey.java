package se.samverka.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.samverka.event.Event;
import se.samverka.platform.DomainEntity;

/**
 * The evaluation survey of one event: open from {@code opensAt} until {@code closesAt}, or until the organiser
 * closes it. While it is open, {@code respondentSalt} lets a person's answers be found again (to be replaced);
 * closing erases it, together with every response's key ({@link SurveyService} does the keys in one statement).
 * Closing is final: without the salt nobody's answers can be found again, so the survey cannot reopen.
 */
@Entity
@Table(name = "survey")
public class Survey extends DomainEntity {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HMAC = "HmacSHA256";

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "opens_at", nullable = false)
    private LocalDateTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalDateTime closesAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;

    @Column(name = "respondent_salt")
    private String respondentSalt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Survey() {
    }

    public Survey(Event event, LocalDateTime opensAt, LocalDateTime closesAt, String respondentSalt,
            LocalDateTime createdAt) {
        this.event = event;
        this.respondentSalt = respondentSalt;
        this.createdAt = createdAt;
        checkTimes(opensAt, closesAt);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /** A new survey of the event with a fresh random salt; it must close after now. */
    public static Survey of(Event event, LocalDateTime opensAt, LocalDateTime closesAt, LocalDateTime now) {
        Survey survey = new Survey(event, opensAt, closesAt, newSalt(), now);
        survey.reschedule(opensAt, closesAt, now);
        return survey;
    }

    /** 256 random bits as 64 hex digits: the secret that ties a person to their answers while the survey is open. */
    static String newSalt() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The time people can answer, from {@code opens} until {@code closes}; the end must be after both the start and now. */
    public void reschedule(LocalDateTime opens, LocalDateTime closes, LocalDateTime now) {
        refuseWhenClosed();
        if (!now.isBefore(closesAt)) {
            // past its time it is closed, even before the hourly job erased its salt: reopening it would let results
            // read in between be compared with later ones
            throw new SurveyClosedException();
        }
        checkTimes(opens, closes);
        if (!closes.isAfter(now)) {
            throw new InvalidSurveyException("closes", "survey.error.closesInPast");
        }
        this.opensAt = opens;
        this.closesAt = closes;
    }

    private static void checkTimes(LocalDateTime opens, LocalDateTime closes) {
        if (opens == null) {
            throw new InvalidSurveyException("opens", "survey.error.opensRequired");
        }
        if (closes == null) {
            throw new InvalidSurveyException("closes", "survey.error.closesRequired");
        }
        if (!closes.isAfter(opens)) {
            throw new InvalidSurveyException("closes", "survey.error.closesBeforeOpens");
        }
    }

    public SurveyStatus status(LocalDateTime now) {
        if (closedAt != null || !now.isBefore(closesAt)) {
            return SurveyStatus.CLOSED;
        }
        return now.isBefore(opensAt) ? SurveyStatus.NOT_YET_OPEN : SurveyStatus.OPEN;
    }

    /** Whether people may answer (or change their answers) at this moment. */
    public boolean isOpen(LocalDateTime now) {
        return status(now) == SurveyStatus.OPEN;
    }

    /** Refuses unless the survey is open now: not open yet, or closed (by the organiser or by its time). */
    public void requireOpen(LocalDateTime now) {
        switch (status(now)) {
            case NOT_YET_OPEN -> throw new SurveyNotOpenException(opensAt);
            case CLOSED -> throw new SurveyClosedException();
            default -> {
                // open
            }
        }
    }

    /** Whether the survey has been closed for good (its salt erased); one past its time may still wait for that. */
    public boolean isClosed() {
        return closedAt != null;
    }

    /**
     * Closes the survey now ({@code by}: the organiser's name, null when its time ran out) and erases the salt, so
     * that no answer can be tied to anyone again. The responses' keys are erased beside it by the service.
     */
    public void close(String by, LocalDateTime now) {
        refuseWhenClosed();
        this.closedAt = now;
        this.closedBy = by;
        this.respondentSalt = null;
    }

    /** Notes that a reminder went to those who had not answered. */
    public void reminded(LocalDateTime now) {
        this.remindedAt = now;
    }

    /**
     * The key that finds this registration's answers while the survey is open: HMAC-SHA256 over the registration's
     * id with the survey's salt, as 64 hex digits. Nobody can compute it once the salt is gone.
     */
    public String respondentKey(Long registrationId) {
        if (respondentSalt == null) {
            throw new SurveyClosedException();
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(respondentSalt.getBytes(StandardCharsets.US_ASCII), HMAC));
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(registrationId).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private void refuseWhenClosed() {
        if (closedAt != null) {
            throw new SurveyClosedException();
        }
    }

    public Event getEvent() {
        return event;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public LocalDateTime getRemindedAt() {
        return remindedAt;
    }

    public String getRespondentSalt() {
        return respondentSalt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
