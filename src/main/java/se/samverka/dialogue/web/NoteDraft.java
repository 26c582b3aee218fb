package se.samverka.dialogue.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import se.samverka.dialogue.ScribeSheet;

/**
 * One question on the scribe's page: what the scribe is writing, the note as this phone last saw it saved (text
 * and version), and, after another phone saved first, that phone's text, shown beside the scribe's own until
 * the two are merged and saved.
 */
public class NoteDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long questionId;
    private int position;
    private String question;
    private String text;
    private String savedText;
    private long version;
    private LocalDateTime savedAt;
    private String theirText;

    NoteDraft(ScribeSheet.Note note) {
        this.questionId = note.questionId();
        this.position = note.position();
        this.question = note.question();
        this.text = note.text();
        this.savedText = note.text();
        this.version = note.version();
        this.savedAt = note.updatedAt();
    }

    /** The save went through: this is now the latest version. */
    void saved(String newText, long newVersion, LocalDateTime at) {
        text = newText;
        savedText = newText;
        version = newVersion;
        savedAt = at;
        theirText = null;
    }

    /**
     * Another phone saved first: its text is shown, the scribe's own stays in the box, and the next save is based
     * on the version just seen (so it goes through once the scribe has merged).
     */
    void conflict(String currentText, long currentVersion) {
        theirText = currentText;
        savedText = currentText;
        version = currentVersion;
    }

    /**
     * The question and the note as they now stand on the server: the note is taken as it is unless the scribe has
     * unsaved changes, which stay, with the other text beside them.
     */
    void refresh(ScribeSheet.Note note) {
        position = note.position();
        question = note.question();
        if (note.version() == version) {
            return;
        }
        if (isChanged()) {
            conflict(note.text(), note.version());
        } else {
            saved(note.text(), note.version(), note.updatedAt());
        }
    }

    /** Whether the box holds text not yet saved. */
    public boolean isChanged() {
        return !(text == null ? "" : text).equals(savedText);
    }

    public boolean isConflict() {
        return theirText != null;
    }

    public Long getQuestionId() { return questionId; }
    public int getPosition() { return position; }
    public String getQuestion() { return question; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public long getVersion() { return version; }
    public LocalDateTime getSavedAt() { return savedAt; }
    public String getTheirText() { return theirText; }
}
