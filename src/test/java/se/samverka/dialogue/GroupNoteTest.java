package se.samverka.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.samverka.event.Event;
import se.samverka.event.EventType;
import se.samverka.platform.Text;

/** The rules of a table's note (its version guards against lost updates) and of the questions it answers. */
class GroupNoteTest {

    private static final LocalDate DAY_ONE = LocalDate.of(2027, 5, 11);
    private static final LocalDate DAY_TWO = DAY_ONE.plusDays(1);
    private static final LocalDateTime NINE = DAY_TWO.atTime(9, 0);

    private final Event event = new Event(EventType.CONFERENCE, "Samverkanskonferens", null, DAY_ONE, DAY_TWO);
    private final TableGroup table = new TableGroup(event, DAY_TWO, 3, "abcdefghijklmnopqrstuv", NINE);
    private final DialogueQuestion question = new DialogueQuestion(event, DAY_TWO, 1,
            "Vad innebär TSI och förebyggande arbete för dig?");

    @Test
    void theFirstNoteIsBasedOnNothingWritten() {
        GroupNote note = GroupNote.first(table, question, "Att vi ses tidigt.", 0, NINE);
        assertEquals("Att vi ses tidigt.", note.getText());
        assertEquals(NINE, note.getUpdatedAt());

        StaleNoteException stale = assertThrows(StaleNoteException.class,
                () -> GroupNote.first(table, question, "Något annat", 2, NINE));
        assertEquals("", stale.currentText(), "nothing is written yet: merge into the empty note");
        assertEquals(0, stale.currentVersion());
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedWithTheTextAsItNowStands() {
        GroupNote note = GroupNote.first(table, question, "Första mobilens text.", 0, NINE);
        StaleNoteException stale = assertThrows(StaleNoteException.class,
                () -> note.rewrite("Andra mobilens text.", note.getVersion() + 1, NINE.plusMinutes(1)));
        assertEquals("Första mobilens text.", stale.currentText());
        assertEquals(note.getVersion(), stale.currentVersion());
        assertEquals("Första mobilens text.", note.getText(), "nothing changed");
        assertEquals(NINE, note.getUpdatedAt());
        assertEquals("tag:samverka.se,2026:dialogue/stale-note", stale.problemType());

        note.rewrite("Första och andra mobilens text.", note.getVersion(), NINE.plusMinutes(2));
        assertEquals("Första och andra mobilens text.", note.getText());
        assertEquals(NINE.plusMinutes(2), note.getUpdatedAt());
    }

    @Test
    void theSameTextAgainIsNoConflictAndNoChange() {
        GroupNote note = GroupNote.first(table, question, "Korta beslutsvägar.", 0, NINE);
        note.rewrite("Korta beslutsvägar.\r\n", note.getVersion() + 7, NINE.plusMinutes(5));
        assertEquals("Korta beslutsvägar.", note.getText());
        assertEquals(NINE, note.getUpdatedAt(), "a repeated save changes nothing");
    }

    @Test
    void theTextKeepsItsLinesWithinTheColumnAndMayBeCleared() {
        GroupNote note = GroupNote.first(table, question, "Rad ett\r\nRad två\n\nRad fyra", 0, NINE);
        assertEquals("Rad ett\nRad två\n\nRad fyra", note.getText());
        note.rewrite("", note.getVersion(), NINE);
        assertEquals("", note.getText());

        assertEquals("text", assertThrows(InvalidNoteException.class,
                () -> note.rewrite(null, note.getVersion(), NINE)).field());
        assertThrows(Text.TooLong.class, () -> note.rewrite("x".repeat(GroupNote.MAX_TEXT + 1), note.getVersion(), NINE));
        assertThrows(Text.ControlCharacters.class, () -> note.rewrite("null\u0000byte", note.getVersion(), NINE));
        note.rewrite("x".repeat(GroupNote.MAX_TEXT), note.getVersion(), NINE);
    }

    @Test
    void aTableAnswersOnlyTheQuestionsOfItsOwnDay() {
        DialogueQuestion dayOne = new DialogueQuestion(event, DAY_ONE, 1, "En fråga för dag ett");
        InvalidNoteException refusal = assertThrows(InvalidNoteException.class,
                () -> GroupNote.first(table, dayOne, "Svar", 0, NINE));
        assertEquals("questionId", refusal.field());
        Event other = new Event(EventType.CONFERENCE, "Ett annat evenemang", null, DAY_ONE, DAY_TWO);
        DialogueQuestion elsewhere = new DialogueQuestion(other, DAY_TWO, 1, "En fråga någon annanstans");
        assertThrows(InvalidNoteException.class, () -> GroupNote.first(table, elsewhere, "Svar", 0, NINE));
    }

    @Test
    void aQuestionHasWordsAndADayOfItsEvent() {
        assertEquals("text", assertThrows(InvalidDialogueQuestionException.class,
                () -> new DialogueQuestion(event, DAY_TWO, 1, "  \n ")).field());
        assertEquals("day", assertThrows(InvalidDialogueQuestionException.class,
                () -> new DialogueQuestion(event, DAY_TWO.plusDays(1), 1, "Fråga")).field());
        assertThrows(Text.TooLong.class, () -> question.rewrite("?".repeat(DialogueQuestion.MAX_TEXT + 1)));
        question.rewrite("  Vad är Degerforsmodellen idag?\r\nOch i morgon? ");
        assertEquals("Vad är Degerforsmodellen idag?\nOch i morgon?", question.getText());
    }

    @Test
    void withoutADayTheDialogueIsOnTheEventsLastDay() {
        assertEquals(DAY_TWO, DialogueDays.of(event, null));
        assertEquals(DAY_ONE, DialogueDays.of(event, DAY_ONE));
        assertThrows(InvalidDialogueQuestionException.class, () -> DialogueDays.of(event, DAY_ONE.minusDays(1)));
        assertEquals(DAY_ONE, DialogueDays.parse(" 2027-05-11 "));
        assertEquals(null, DialogueDays.parse(""));
        assertEquals("day", assertThrows(InvalidDialogueQuestionException.class,
                () -> DialogueDays.parse("12/5")).field());
    }
}
