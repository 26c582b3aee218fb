package se.samverka.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samverka.platform.DomainEntity;

/**
 * A row of the removal log (table retention_log) written by erasure: the kind of data, the event or series, how
 * many records, when and by whom (the organiser's account, or "participant" for the person's own request). Never
 * the person's address or name.
 */
@Entity
@Table(name = "retention_log")
public class ErasureLog extends DomainEntity {

    /** The cause written for erasure (retention writes its own). */
    public static final String CAUSE = "ERASURE";
    /** Who asked, when the person erased their own data through their private link. */
    public static final String BY_PARTICIPANT = "participant";

    @Column(nullable = false)
    private String kind;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(nullable = false)
    private int removed;

    @Column(name = "ran_at", nullable = false)
    private LocalDateTime ranAt;

    @Column(name = "ran_by")
    private String ranBy;

    @Column(nullable = false)
    private String cause;

    protected ErasureLog() {
    }

    ErasureLog(DataKind kind, Long eventId, Long seriesId, int removed, LocalDateTime ranAt, String ranBy) {
        this.kind = kind.key();
        this.eventId = eventId;
        this.seriesId = seriesId;
        this.removed = removed;
        this.ranAt = ranAt;
        this.ranBy = ranBy;
        this.cause = CAUSE;
    }

    public String getKind() {
        return kind;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public int getRemoved() {
        return removed;
    }

    public LocalDateTime getRanAt() {
        return ranAt;
    }

    public String getRanBy() {
        return ranBy;
    }

    public String getCause() {
        return cause;
    }
}
