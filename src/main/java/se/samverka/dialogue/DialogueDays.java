package se.samverka.dialogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.samverka.event.Event;

/**
 * Which day of an event the dialogue is about: the day asked for, which must be one of the event's, or, when
 * none is given, the event's last day (the dialogue day of the Degerfors model).
 */
public final class DialogueDays {

    private DialogueDays() {
    }

    public static LocalDate of(Event event, LocalDate day) {
        if (day == null) {
            return event.lastDay().getDate();
        }
        if (!event.covers(day)) {
            throw new InvalidDialogueQuestionException("day", "dialogueQuestions.error.dayOutsideEvent", day);
        }
        return day;
    }

    /** A day as written in a query string ({@code 2027-05-12}); blank is none. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidDialogueQuestionException("day", "dialogueQuestions.error.dayFormat");
        }
    }
}
