package se.samverka.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samverka.platform.DomainEntity;

/**
 * One export of personal data: when, by which account, from which event (if any), what (the
 * {@link se.samverka.platform.PersonalDataExport} value) and with which filter (never an e-mail address or a name).
 */
@Entity
@Table(name = "export_log")
public class ExportLogEntry extends DomainEntity {

    static final int MAX_FILTER = 1000;

    @Column(name = "exported_at", nullable = false)
    private LocalDateTime exportedAt;

    @Column(name = "exported_by", nullable = false)
    private String exportedBy;

    @Column(name = "event_id")
    private Long eventId;

    @Column(nullable = false)
    private String what;

    @Column(name = "filter")
    private String filter;

    protected ExportLogEntry() {
    }

    ExportLogEntry(LocalDateTime exportedAt, String exportedBy, Long eventId, String what, String filter) {
        this.exportedAt = exportedAt;
        this.exportedBy = exportedBy.length() > 64 ? exportedBy.substring(0, 64) : exportedBy;
        this.eventId = eventId;
        this.what = what.length() > 80 ? what.substring(0, 80) : what;
        this.filter = filter == null || filter.isEmpty() ? null
                : filter.length() > MAX_FILTER ? filter.substring(0, MAX_FILTER) : filter;
    }

    public LocalDateTime getExportedAt() {
        return exportedAt;
    }

    public String getExportedBy() {
        return exportedBy;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getWhat() {
        return what;
    }

    public String getFilter() {
        return filter;
    }
}
