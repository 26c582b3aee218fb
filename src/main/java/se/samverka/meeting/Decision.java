package se.samverka.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/** Something a meeting decided, under one of its agenda items (or the meeting as a whole). */
@Entity
@Table(name = "meeting_decision")
public class Decision extends DomainEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Column(nullable = false)
    private String text;

    @Column(name = "made_at", nullable = false)
    private LocalDateTime madeAt;

    protected Decision() {
    }

    public Decision(Meeting meeting, AgendaItem item, String text, LocalDateTime madeAt) {
        if (text == null || text.isBlank()) {
            throw new InvalidMeetingException("text", "meeting.error.decisionText");
        }
        if (item != null && !item.getMeeting().equals(meeting)) {
            throw new InvalidMeetingException("itemId", "meeting.error.itemElsewhere");
        }
        this.meeting = meeting;
        this.item = item;
        this.text = Text.multiLine(text, "text", 2000);
        this.madeAt = madeAt;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getText() {
        return text;
    }
}
