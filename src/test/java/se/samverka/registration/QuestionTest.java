package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.event.Event;
import se.samverka.event.EventType;

/** Custom questions check their own answers. */
class QuestionTest {

    private final Event event = new Event(EventType.CONFERENCE, "Konferens", "konferens", LocalDate.of(2027, 3, 16),
            LocalDate.of(2027, 3, 17));

    @Test
    void aRequiredQuestionNeedsAnAnswer() {
        Question question = new Question(event, "Vilken kommun?", null, QuestionKind.TEXT, null, true, 1);
        assertThrows(InvalidRegistrationException.class, () -> question.accept("  "));
        assertEquals("Degerfors", question.accept(" Degerfors "));
    }

    @Test
    void anOrganiserMayLeaveARequiredQuestionOpenButNotAnswerItWrongly() {
        Question question = new Question(event, "Vill du äta lunch?", null, QuestionKind.YES_NO, null, true, 1);
        assertNull(question.accept("", false));
        assertEquals("no", question.accept("no", false));
        assertThrows(InvalidRegistrationException.class, () -> question.accept("kanske", false));
        assertThrows(InvalidRegistrationException.class, () -> question.accept("", true));
    }

    @Test
    void anOptionalQuestionMayBeLeftEmpty() {
        Question question = new Question(event, "Övrigt", "Other", QuestionKind.TEXT, null, false, 1);
        assertNull(question.accept(""));
        assertEquals("Other", question.text(java.util.Locale.ENGLISH));
    }

    @Test
    void choicesMustBeAmongTheOptions() {
        Question single = new Question(event, "Buss från?", null, QuestionKind.SINGLE_CHOICE,
                List.of("Karlskoga", "Degerfors", " Degerfors "), true, 1);
        assertEquals(List.of("Karlskoga", "Degerfors"), single.getOptions());
        assertEquals("Karlskoga", single.accept("Karlskoga"));
        assertThrows(InvalidRegistrationException.class, () -> single.accept("Örebro"));

        Question multiple = new Question(event, "Intressen", null, QuestionKind.MULTIPLE_CHOICE,
                List.of("Skola", "Polis", "Vård"), false, 2);
        assertEquals("Skola\nVård", multiple.accept("Skola\nVård"));
        assertThrows(InvalidRegistrationException.class, () -> multiple.accept("Skola\nBrandkår"));
    }

    @Test
    void yesNoTakesYesOrNo() {
        Question question = new Question(event, "Middag?", null, QuestionKind.YES_NO, null, true, 1);
        assertEquals("yes", question.accept("yes"));
        assertThrows(InvalidRegistrationException.class, () -> question.accept("kanske"));
    }

    @Test
    void aChoiceQuestionNeedsTwoOptions() {
        assertThrows(InvalidRegistrationException.class,
                () -> new Question(event, "Val", null, QuestionKind.SINGLE_CHOICE, List.of("Bara en"), true, 1));
    }
}
