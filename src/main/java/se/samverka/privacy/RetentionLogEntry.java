package se.samverka.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samverka.platform.DomainEntity;

/**
 * One line of the removal log: what kind of data, of which event or meeting series, how many records, when, and by
 * the rule ({@code ranBy} null) or by which account. Never any personal data of the people whose data went.
 */
@Entity
@Table(name = "retention_log")
public class RetentionLogEntry extends DomainEntity {

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(nullable = false)
    private int removed;

    @Column(name = "ran_at", nullable = false)
    private LocalDateTime ranAt;

    @Column(name = "ran_by", length = 64)
    private String ranBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RetentionCause cause;

    protected RetentionLogEntry() {
    }

    public RetentionLogEntry(String kind, Long eventId, Long seriesId, int removed, LocalDateTime ranAt, String ranBy,
            RetentionCause cause) {
        if (removed <= 0) {
            throw new IllegalArgumentException("only removals are logged");
        }
        this.kind = kind;
        this.eventId = eventId;
        this.seriesId = seriesId;
        this.removed = removed;
        this.ranAt = ranAt;
        this.ranBy = ranBy;
        this.cause = cause;
    }

    public String getKind() { return kind; }
    public Long getEventId() { return eventId; }
    public Long getSeriesId() { return seriesId; }
    public int getRemoved() { return removed; }
    public LocalDateTime getRanAt() { return ranAt; }
    public String getRanBy() { return ranBy; }
    public RetentionCause getCause() { return cause; }
}
