package se.samverka.dialogue;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the tables of one day wrote, question by question, each table's answer beside its number and its
 * sector mix (never names): the organiser's notes page and the dialogue summary read this.
 */
public record NotesBoard(String eventTitle, LocalDate day, List<Table> tables, List<QuestionNotes> questions)
        implements Serializable {

    /** A table of the day: its number, who sits there by sector, and the token of its scribe link ({@code /t/…}). */
    public record Table(int number, String sectorMix, String token) implements Serializable {
    }

    /** One question and every table's answer to it, by table number; a table that wrote nothing has a blank text. */
    public record QuestionNotes(Long questionId, int position, String text, List<Answer> answers)
            implements Serializable {

        public long written() {
            return answers.stream().filter(Answer::written).count();
        }
    }

    /** A table's answer: its number, who sat there by sector, and what it wrote. */
    public record Answer(int table, String sectorMix, String text, LocalDateTime updatedAt) implements Serializable {

        public boolean written() {
            return text != null && !text.isBlank();
        }
    }
}
