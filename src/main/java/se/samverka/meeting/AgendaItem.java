package se.samverka.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/** A point on a meeting's agenda, with its minutes (what was said); it may be moved on to the next meeting. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends DomainEntity {

    static final int MAX_MINUTES_TEXT = 20000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    private String presenter;

    @Column(name = "minutes_allotted", nullable = false)
    private int minutesAllotted;

    @Column(name = "minutes_text")
    private String minutesText;

    protected AgendaItem() {
    }

    public AgendaItem(Meeting meeting, int position, String title, String presenter, int minutesAllotted) {
        this.meeting = meeting;
        this.position = position;
        describe(title, presenter, minutesAllotted);
    }

    public final void describe(String newTitle, String newPresenter, int newMinutes) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new InvalidMeetingException("title", "meeting.error.itemTitle");
        }
        if (newMinutes < 0 || newMinutes > 600) {
            throw new InvalidMeetingException("minutes", "meeting.error.itemMinutes");
        }
        this.title = Text.oneLine(newTitle, "title", 300);
        this.presenter = newPresenter == null || newPresenter.isBlank() ? null : Text.oneLine(newPresenter, "presenter", 200);
        this.minutesAllotted = newMinutes;
    }

    /** Writes the item's minutes; returns the text as it was. */
    String writeMinutes(String text) {
        String old = minutesText;
        this.minutesText = text == null || text.isBlank() ? null : Text.multiLine(text, "minutesText", MAX_MINUTES_TEXT);
        return old;
    }

    /** Moves the item, without minutes of its own yet, to the end of another meeting's agenda. */
    void moveTo(Meeting next, int newPosition) {
        if (minutesText != null) {
            throw InvalidMeetingException.conflict("meeting.error.moveWithMinutes");
        }
        this.meeting = next;
        this.position = newPosition;
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getPresenter() {
        return presenter;
    }

    public int getMinutesAllotted() {
        return minutesAllotted;
    }

    public String getMinutesText() {
        return minutesText;
    }
}
