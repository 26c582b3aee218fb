package se.samverka.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import se.samverka.event.Event;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/**
 * A question the table groups discuss on one day of the event, in the organiser's order. Its text is what the
 * organiser wrote (line breaks kept), never blank; the day is one of the event's days and stays as it was made.
 */
@Entity
@Table(name = "dialogue_question")
public class DialogueQuestion extends DomainEntity {

    /** The longest question the column holds. */
    public static final int MAX_TEXT = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "day_date", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String text;

    protected DialogueQuestion() {
    }

    public DialogueQuestion(Event event, LocalDate day, int position, String text) {
        if (day == null || !event.covers(day)) {
            throw new InvalidDialogueQuestionException("day", "dialogueQuestions.error.dayOutsideEvent", day);
        }
        this.event = event;
        this.day = day;
        this.position = position;
        rewrite(text);
    }

    /** Changes the wording; blank is refused, as is anything longer than the column. */
    public final void rewrite(String newText) {
        String cleaned = newText == null ? "" : Text.multiLine(newText.replace("\r\n", "\n"), "text", MAX_TEXT);
        if (cleaned.isEmpty()) {
            throw new InvalidDialogueQuestionException("text", "dialogueQuestions.error.textRequired");
        }
        this.text = cleaned;
    }

    /** Puts the question at this place of its day (1 = first); {@link DialogueQuestionService} keeps them in a row. */
    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** Whether a table of this day discusses this question: same event, same day. */
    public boolean isFor(TableGroup group) {
        return day.equals(group.getDay()) && event.equals(group.getEvent());
    }

    public Event getEvent() {
        return event;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
