package se.samverka.dialogue;

import se.samverka.platform.DomainException;

/**
 * A save based on a version of the note that is no longer the latest: another phone at the table saved first.
 * Nothing was saved. It carries the note as it now stands, so that the scribe can merge the two texts and save
 * again with the current version (409; the API's problem JSON has {@code questionId}, {@code text} and
 * {@code version}).
 */
public class StaleNoteException extends DomainException {

    private final Long questionId;
    private final String currentText;
    private final long currentVersion;

    public StaleNoteException(Long questionId, String currentText, long currentVersion) {
        super(Kind.CONFLICT, "groupNotes.error.stale");
        this.questionId = questionId;
        this.currentText = currentText;
        this.currentVersion = currentVersion;
    }

    @Override
    public String problemType() {
        return "tag:samverka.se,2026:dialogue/stale-note";
    }

    public Long questionId() {
        return questionId;
    }

    /** The note's text as the other phone saved it. */
    public String currentText() {
        return currentText;
    }

    /** The version to send with the merged text. */
    public long currentVersion() {
        return currentVersion;
    }
}
