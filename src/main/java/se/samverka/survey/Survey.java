package se.samverka.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samverka.event.Event;
import se.samverka.platform.DomainEntity;

/**
 * The evaluation survey of one event: open from {@code opensAt} until {@code closesAt}, or until the organiser
 * closes it. While it is open, {@code respondentSalt} lets a person's answers be found again (to be replaced);
 * closing erases it, together with every response's key.
 */
@Entity
@Table(name = "survey")
public class Survey extends DomainEntity {

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
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.respondentSalt = respondentSalt;
        this.createdAt = createdAt;
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
