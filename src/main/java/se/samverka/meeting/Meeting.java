package se.samverka.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import se.samverka.platform.CalendarRange;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/**
 * One meeting of a series: when and where, whether it takes place, and whether its minutes are approved
 * (justerade). The calendar sequence rises with every change members were told of, so that their calendars
 * apply the update to the entry they already have. Approved minutes are locked: whatever changes afterwards is
 * kept as an {@link Amendment} (see {@link #amendment}).
 */
@Entity
@Table(name = "meeting")
public class Meeting extends DomainEntity {

    static final Duration LONGEST = Duration.ofHours(12);

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private MeetingSeries series;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime start;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime end;

    /** A room and address, or a video link. */
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    /** The secret in the QR code on the wall with which members check themselves in. */
    @Column(name = "check_in_token", nullable = false)
    private String checkInToken;

    @Column(name = "invited_at")
    private LocalDateTime invitedAt;

    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    protected Meeting() {
    }

    public Meeting(MeetingSeries series, LocalDateTime start, LocalDateTime end, String place, String checkInToken) {
        this.series = series;
        this.checkInToken = checkInToken;
        setTimeAndPlace(start, end, place);
    }

    /**
     * Moves the meeting or changes its place. Returns whether members who were invited must be told (a real
     * change of an invited meeting); the calendar sequence rises then.
     */
    public boolean reschedule(LocalDateTime newStart, LocalDateTime newEnd, String newPlace) {
        requirePlanned();
        if (isApproved()) {
            throw InvalidMeetingException.conflict("meeting.error.approved");
        }
        boolean changed = !Objects.equals(start, newStart) || !Objects.equals(end, newEnd)
                || !Objects.equals(place, blankToNull(newPlace));
        setTimeAndPlace(newStart, newEnd, newPlace);
        if (changed && invitedAt != null) {
            calendarSequence++;
            remindedAt = null;
            return true;
        }
        return false;
    }

    /** Calls the meeting off; returns whether members were invited and must be told. */
    public boolean cancel() {
        requirePlanned();
        if (isApproved()) {
            throw InvalidMeetingException.conflict("meeting.error.approved");
        }
        status = MeetingStatus.CANCELLED;
        calendarSequence++;
        return invitedAt != null;
    }

    void invited(LocalDateTime at) {
        requirePlanned();
        if (invitedAt == null) {
            invitedAt = at;
        }
        if (reminderDue(at)) {
            remindedAt = at;
        }
    }

    void reminded(LocalDateTime at) {
        remindedAt = at;
    }

    /** Whether the members are due a reminder at {@code now}: invited, not reminded, and the meeting near. */
    public boolean reminderDue(LocalDateTime now) {
        return status == MeetingStatus.PLANNED && invitedAt != null && remindedAt == null && start.isAfter(now)
                && !start.toLocalDate().minusDays(series.getReminderDays()).isAfter(now.toLocalDate());
    }

    /** Approves (justerar) the minutes: from now on they are locked and changes are amendments. */
    public void approve(String by, LocalDateTime at) {
        requirePlanned();
        if (isApproved()) {
            throw InvalidMeetingException.conflict("meeting.error.alreadyApproved");
        }
        if (at.isBefore(start)) {
            throw InvalidMeetingException.conflict("meeting.error.approveBeforeStart");
        }
        approvedAt = at;
        approvedBy = by;
    }

    /**
     * The record of a change to the minutes when they are already approved, or null while they are a draft (a
     * draft changes freely). {@code what} names the part ("Punkt 2: Läget i skolan").
     */
    public Amendment amendment(String what, String oldText, String newText, String by, LocalDateTime at) {
        if (!isApproved() || Objects.equals(oldText, newText)) {
            return null;
        }
        return new Amendment(this, what, oldText, newText, by, at);
    }

    public void requirePlanned() {
        if (status == MeetingStatus.CANCELLED) {
            throw InvalidMeetingException.conflict("meeting.error.cancelled");
        }
    }

    private void setTimeAndPlace(LocalDateTime newStart, LocalDateTime newEnd, String newPlace) {
        if (newStart == null) {
            throw new InvalidMeetingException("start", "meeting.error.startRequired");
        }
        if (newEnd == null || !newEnd.isAfter(newStart)) {
            throw new InvalidMeetingException("end", "meeting.error.endBeforeStart");
        }
        if (Duration.between(newStart, newEnd).compareTo(LONGEST) > 0) {
            throw new InvalidMeetingException("end", "meeting.error.tooLong");
        }
        CalendarRange.check(newStart, "start");
        CalendarRange.check(newEnd, "end");
        this.start = newStart;
        this.end = newEnd;
        this.place = blankToNull(newPlace) == null ? null : Text.oneLine(newPlace, "place", 500);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    /** Whether the meeting has begun (and so attendance and minutes may be taken). */
    public boolean hasBegun(LocalDateTime now) {
        return !now.isBefore(start.minusHours(1));
    }

    public MeetingSeries getSeries() {
        return series;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public String getPlace() {
        return place;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public String getCheckInToken() {
        return checkInToken;
    }

    public LocalDateTime getInvitedAt() {
        return invitedAt;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }
}
