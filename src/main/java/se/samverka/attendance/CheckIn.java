package se.samverka.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.samverka.platform.DomainEntity;
import se.samverka.program.Session;
import se.samverka.registration.Registration;

/**
 * One admission of a registered person: at the entrance on an event day, or at a session's door. It
 * remembers when the device scanned and when the server heard of it (they differ for scans queued while the
 * venue's network was down), who scanned, and on which device. An undo keeps the row. A doubtful scan (see
 * {@link Doubt}) counts for nothing until staff resolve it.
 */
@Entity
@Table(name = "check_in")
public class CheckIn extends DomainEntity {

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @Column(name = "day_date", nullable = false)
    private LocalDate day;

    @ManyToOne
    @JoinColumn(name = "session_id")
    private Session session;

    @Column(name = "scanned_at", nullable = false)
    private LocalDateTime scannedAt;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Column(name = "checked_in_by", nullable = false)
    private String checkedInBy;

    private String device;

    @Column(name = "checked_out_at")
    private LocalDateTime checkedOutAt;

    @Column(name = "undone_at")
    private LocalDateTime undoneAt;

    @Column(name = "undone_by")
    private String undoneBy;

    @Enumerated(EnumType.STRING)
    private Doubt doubt;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    protected CheckIn() {
    }

    CheckIn(Registration registration, LocalDate day, Session session, LocalDateTime scannedAt, LocalDateTime receivedAt,
            String checkedInBy, String device, Doubt doubt) {
        this.eventId = registration.getEvent().getId();
        this.registration = registration;
        this.day = day;
        this.session = session;
        this.scannedAt = scannedAt;
        this.receivedAt = receivedAt;
        this.checkedInBy = checkedInBy;
        this.device = device;
        this.doubt = doubt;
    }

    /** A mistaken check-in is taken back; it stays on record as undone. */
    void undo(String by, LocalDateTime now) {
        if (undoneAt == null) {
            undoneAt = now;
            undoneBy = by;
        }
    }

    /** Staff have looked at a doubtful scan. */
    void resolve(String by, LocalDateTime now) {
        if (doubt != null && resolvedAt == null) {
            resolvedAt = now;
            resolvedBy = by;
        }
    }

    void checkOut(LocalDateTime at) {
        if (checkedOutAt == null) {
            checkedOutAt = at;
        }
    }

    /** An admission that counts: not undone, not doubtful. */
    public boolean counts() {
        return undoneAt == null && doubt == null;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    /** Whether this was made on another device than the one named (devices without a name are all alike). */
    boolean fromOtherDeviceThan(String otherDevice) {
        return device != null && otherDevice != null && !device.equals(otherDevice);
    }

    public Long getEventId() {
        return eventId;
    }

    public Registration getRegistration() {
        return registration;
    }

    public LocalDate getDay() {
        return day;
    }

    public Session getSession() {
        return session;
    }

    public LocalDateTime getScannedAt() {
        return scannedAt;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getCheckedInBy() {
        return checkedInBy;
    }

    public String getDevice() {
        return device;
    }

    public LocalDateTime getCheckedOutAt() {
        return checkedOutAt;
    }

    public LocalDateTime getUndoneAt() {
        return undoneAt;
    }

    public String getUndoneBy() {
        return undoneBy;
    }

    public Doubt getDoubt() {
        return doubt;
    }

    public LocalDateTime getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }
}
