package se.samverka.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The first answer to a scan sent with a device's own nonce, so that the same scan sent again (a retry, an
 * offline queue replayed) changes nothing and is answered alike: the same check-in, or the same refusal.
 */
@Entity
@Table(name = "scan_receipt")
public class ScanReceipt {

    @Id
    private String nonce;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @ManyToOne
    @JoinColumn(name = "check_in_id")
    private CheckIn checkIn;

    @Column(nullable = false)
    private boolean already;

    @Enumerated(EnumType.STRING)
    private CheckInRefused.Reason refusal;

    /** The name a refusal named, so that it reads the same when repeated. */
    private String person;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    protected ScanReceipt() {
    }

    ScanReceipt(String nonce, Long eventId, CheckIn checkIn, boolean already, LocalDateTime receivedAt) {
        this.nonce = nonce;
        this.eventId = eventId;
        this.checkIn = checkIn;
        this.already = already;
        this.receivedAt = receivedAt;
    }

    ScanReceipt(String nonce, Long eventId, CheckInRefused refused, LocalDateTime receivedAt) {
        this.nonce = nonce;
        this.eventId = eventId;
        this.refusal = refused.reason();
        this.person = refused.person();
        this.receivedAt = receivedAt;
    }

    /** The answer this scan got the first time: its check-in, or the same refusal thrown again. */
    CheckInOutcome replay() {
        if (refusal != null) {
            return CheckInOutcome.refused(new CheckInRefused(refusal, person));
        }
        return CheckInOutcome.admitted(checkIn, already);
    }

    public Long getEventId() {
        return eventId;
    }
}
