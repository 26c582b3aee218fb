package se.samverka.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.samverka.platform.CalendarRange;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/**
 * Something a member's organisation undertook at a meeting, open until marked done. An open action is carried
 * over onto every later meeting's agenda of the series; the owner's name and organisation are kept with it, so
 * that it stays readable when the member leaves the roster.
 */
@Entity
@Table(name = "action_item")
public class ActionItem extends DomainEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private MeetingSeries series;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Member owner;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(nullable = false)
    private String organisation;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "done_at")
    private LocalDateTime doneAt;

    @Column(name = "done_by")
    private String doneBy;

    protected ActionItem() {
    }

    public ActionItem(Meeting meeting, String text, Member owner, LocalDate dueDate, LocalDateTime createdAt) {
        meeting.requirePlanned();
        if (text == null || text.isBlank()) {
            throw new InvalidMeetingException("text", "meeting.error.actionText");
        }
        if (owner == null) {
            throw new InvalidMeetingException("ownerId", "meeting.error.actionOwner");
        }
        if (!owner.getSeries().equals(meeting.getSeries())) {
            throw new InvalidMeetingException("ownerId", "meeting.error.ownerElsewhere");
        }
        if (dueDate != null) {
            CalendarRange.check(dueDate, "dueDate");
        }
        this.series = meeting.getSeries();
        this.meeting = meeting;
        this.text = Text.multiLine(text, "text", 1000);
        this.owner = owner;
        this.ownerName = owner.getName();
        this.organisation = owner.getOrganisation();
        this.dueDate = dueDate;
        this.createdAt = createdAt;
    }

    public void done(String by, LocalDateTime at) {
        if (status == ActionStatus.DONE) {
            return;
        }
        status = ActionStatus.DONE;
        doneAt = at;
        doneBy = by;
    }

    public void reopen() {
        status = ActionStatus.OPEN;
        doneAt = null;
        doneBy = null;
    }

    /** Whether the owner's personal data was erased (the name then reads as {@link Member#ERASED}). */
    public boolean isOwnerErased() {
        return Member.ERASED.equals(ownerName);
    }

    public boolean isOpen() {
        return status == ActionStatus.OPEN;
    }

    /** Whether it had been marked done at that time (approved minutes show actions as they stood then). */
    public boolean wasDoneAt(LocalDateTime time) {
        return doneAt != null && !doneAt.isAfter(time);
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    /**
     * Whether the action appears on {@code later}'s agenda as carried over: it was taken at an earlier meeting of
     * the series and was still open when {@code later} began (or is open now).
     */
    public boolean carriesOverTo(Meeting later) {
        return meeting.getStart().isBefore(later.getStart())
                && (isOpen() || !doneAt.isBefore(later.getStart()));
    }

    public MeetingSeries getSeries() {
        return series;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getText() {
        return text;
    }

    public Member getOwner() {
        return owner;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }
}
