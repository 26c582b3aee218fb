package se.samverka.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/**
 * What one table wrote to one question. Its version is the client's proof of what it last saw: a save based on
 * an older version is refused (409), so that a second phone never silently overwrites the first. A note not yet
 * written counts as version 0; the first save makes version 1.
 */
@Entity
@Table(name = "group_note")
public class GroupNote extends DomainEntity {

    /** The longest note the column holds. */
    public static final int MAX_TEXT = 10000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private TableGroup group;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private DialogueQuestion question;

    @Column(nullable = false, length = 10000)
    private String text;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected GroupNote() {
    }

    public GroupNote(TableGroup group, DialogueQuestion question, String text, LocalDateTime updatedAt) {
        if (!question.isFor(group)) {
            throw new InvalidNoteException("questionId", "groupNotes.error.unknownQuestion");
        }
        this.group = group;
        this.question = question;
        this.text = cleaned(text);
        this.updatedAt = updatedAt;
    }

    /**
     * The first note of a table to a question, from a client that saw none (version 0). A client that claims
     * to have seen a later version is answered with the empty note, to merge into.
     */
    public static GroupNote first(TableGroup group, DialogueQuestion question, String text, long seenVersion,
            LocalDateTime now) {
        if (seenVersion != 0) {
            throw new StaleNoteException(question.getId(), "", 0);
        }
        return new GroupNote(group, question, text, now);
    }

    /**
     * Replaces the text, when the client saw the latest version. A client that saw an older one is refused with
     * the text as it now stands, unless it sends exactly that text (a repeated save whose answer was lost).
     * The same text again changes nothing, so the version stays.
     */
    public void rewrite(String newText, long seenVersion, LocalDateTime now) {
        String cleaned = cleaned(newText);
        if (cleaned.equals(text)) {
            return;
        }
        if (seenVersion != getVersion()) {
            throw new StaleNoteException(question.getId(), text, getVersion());
        }
        this.text = cleaned;
        this.updatedAt = now;
    }

    /** Line breaks as the browser sends them become plain ones; blank is allowed (the scribe cleared it). */
    private static String cleaned(String text) {
        if (text == null) {
            throw new InvalidNoteException("text", "groupNotes.error.textMissing");
        }
        return Text.multiLine(text.replace("\r\n", "\n"), "text", MAX_TEXT);
    }

    public TableGroup getGroup() {
        return group;
    }

    public DialogueQuestion getQuestion() {
        return question;
    }

    public String getText() {
        return text;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
