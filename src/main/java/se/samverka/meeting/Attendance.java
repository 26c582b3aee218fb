package se.samverka.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/**
 * One member at one meeting: their private reply link, what they answered the invitation, and how the convener
 * (or the member, by the QR code on the wall) marked them. Answering "I can't come, substitute: …" counts as
 * excused (anmält förhinder) until the convener marks otherwise.
 */
@Entity
@Table(name = "meeting_attendance")
public class Attendance extends DomainEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "reply_token", nullable = false)
    private String replyToken;

    @Enumerated(EnumType.STRING)
    private Reply reply;

    @Column(name = "replied_at")
    private LocalDateTime repliedAt;

    @Enumerated(EnumType.STRING)
    private Presence status;

    private String substitute;

    @Column(name = "marked_at")
    private LocalDateTime markedAt;

    @Column(name = "marked_by")
    private String markedBy;

    protected Attendance() {
    }

    public Attendance(Meeting meeting, Member member, String replyToken) {
        this.meeting = meeting;
        this.member = member;
        this.replyToken = replyToken;
    }

    /** The member's answer to the invitation, by their own link. */
    public void answer(Reply answer, String substituteName, LocalDateTime at) {
        meeting.requirePlanned();
        if (meeting.isApproved()) {
            throw InvalidMeetingException.conflict("meeting.error.alreadyApproved");
        }
        if (answer == null) {
            throw new InvalidMeetingException("reply", "meeting.error.reply");
        }
        if (!at.isBefore(meeting.getEnd())) {
            throw InvalidMeetingException.conflict("meeting.error.replyTooLate");
        }
        this.reply = answer;
        this.repliedAt = at;
        if (answer == Reply.NOT_COMING) {
            this.substitute = substituteName(substituteName);
            if (markedBy == null) {
                this.status = Presence.EXCUSED;
            }
        } else {
            this.substitute = null;
            if (markedBy == null) {
                this.status = null;
            }
        }
    }

    /** The convener's mark; a substitute is kept only for an excused member. Returns the mark as text before. */
    String mark(Presence newStatus, String substituteName, String by, LocalDateTime at) {
        meeting.requirePlanned();
        if (newStatus == null) {
            throw new InvalidMeetingException("status", "meeting.error.presence");
        }
        String before = describe();
        this.status = newStatus;
        this.substitute = newStatus == Presence.EXCUSED ? substituteName(substituteName) : null;
        this.markedBy = by;
        this.markedAt = at;
        return before;
    }

    /** The member checked in by the QR code on the wall. */
    void selfCheckIn(LocalDateTime at) {
        meeting.requirePlanned();
        this.status = Presence.PRESENT;
        this.substitute = null;
        this.markedBy = "qr";
        this.markedAt = at;
    }

    private static String substituteName(String name) {
        return name == null || name.isBlank() ? null : Text.oneLine(name, "substitute", 200);
    }

    /** "PRESENT", "EXCUSED (substitute: Anna)", or "–" when not marked. */
    String describe() {
        if (status == null) {
            return "–";
        }
        return substitute == null ? status.name() : status.name() + " (" + substitute + ")";
    }

    /** Whether the member's organisation was at the table: present, or a substitute came. */
    public boolean represented() {
        return status == Presence.PRESENT || status == Presence.EXCUSED && substitute != null;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Member getMember() {
        return member;
    }

    public String getReplyToken() {
        return replyToken;
    }

    public Reply getReply() {
        return reply;
    }

    public LocalDateTime getRepliedAt() {
        return repliedAt;
    }

    public Presence getStatus() {
        return status;
    }

    public String getSubstitute() {
        return substitute;
    }

    public LocalDateTime getMarkedAt() {
        return markedAt;
    }

    public String getMarkedBy() {
        return markedBy;
    }
}
