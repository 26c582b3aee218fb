package se.samverka.dialogue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One table's page for its scribe ({@code GET /api/groups/{groupToken}}): the table's number and day, and per
 * question of that day what the table has written, with the version to send back when saving ({@code 0} and an
 * empty text while nothing is written). Nothing about who sits at the table.
 */
@JsonbPropertyOrder({"event", "number", "day", "notes"})
public record ScribeSheet(String event, int number, LocalDate day, List<Note> notes) {

    /** A question of the day and the table's note to it. */
    @JsonbPropertyOrder({"questionId", "position", "question", "text", "version", "updatedAt"})
    public record Note(Long questionId, int position, String question, String text, long version,
            LocalDateTime updatedAt) {

        static Note of(DialogueQuestion question, GroupNote note) {
            return note == null ? new Note(question.getId(), question.getPosition(), question.getText(), "", 0, null)
                    : new Note(question.getId(), question.getPosition(), question.getText(), note.getText(),
                            note.getVersion(), note.getUpdatedAt());
        }
    }
}
