package se.samverka.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.samverka.event.Event;
import se.samverka.event.EventType;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;

/** A question's rules: what its kind needs when written, and what an answer to it may be. */
class SurveyQuestionTest {

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final List<String> NEXT_YEAR = List.of("Ja", "Kanske", "Nej");

    private final Event event = new Event(EventType.CONFERENCE, "Samverkanskonferens", null, LocalDate.of(2027, 3, 16),
            LocalDate.of(2027, 3, 17));
    private final Survey survey = Survey.of(event, LocalDateTime.of(2027, 3, 17, 16, 30),
            LocalDateTime.of(2027, 3, 31, 16, 30), LocalDateTime.of(2027, 1, 1, 0, 0));

    private SurveyQuestion question(AnswerKind kind, String text, List<String> options) {
        return new SurveyQuestion(survey, 1, kind, text, options, null);
    }

    private InvalidSurveyException refusedWriting(AnswerKind kind, List<String> options) {
        return assertThrows(InvalidSurveyException.class, () -> question(kind, "Vill du delta nästa år?", options));
    }

    @Test
    void choicesNeedTwoToTwentyOptionsOfOneShortLineEach() {
        assertEquals("survey.error.optionCount", refusedWriting(AnswerKind.SINGLE, List.of("Ja")).messageKey());
        assertEquals("survey.error.optionCount", refusedWriting(AnswerKind.MULTI, null).messageKey());
        List<String> many = IntStream.rangeClosed(1, 21).mapToObj(i -> "Alternativ " + i).toList();
        assertEquals("survey.error.optionCount", refusedWriting(AnswerKind.MULTI, many).messageKey());
        assertEquals(20, question(AnswerKind.MULTI, "Vilka?", many.subList(0, 20)).getOptionList().size());
        assertEquals("survey.error.optionOneLine",
                refusedWriting(AnswerKind.SINGLE, List.of("Ja", "Nej\nkanske")).messageKey());
        assertEquals("survey.error.optionTooLong",
                refusedWriting(AnswerKind.SINGLE, List.of("Ja", "x".repeat(201))).messageKey());
        assertEquals(200, question(AnswerKind.SINGLE, "Lång", List.of("Ja", "x".repeat(200))).getOptionList().get(1).length());
        assertEquals("survey.error.optionBlank", refusedWriting(AnswerKind.SINGLE, List.of("Ja", " ")).messageKey());
        assertEquals("survey.error.optionTwice", refusedWriting(AnswerKind.SINGLE, List.of("Ja", " Ja")).messageKey());
        assertEquals("options", refusedWriting(AnswerKind.SINGLE, List.of("Ja")).field());
    }

    @Test
    void twentyLongOptionsStillFitTheColumnOrAreRefusedSayingSo() {
        List<String> longest = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i) + "x".repeat(198)).toList();
        assertEquals("survey.error.optionsTooLong", refusedWriting(AnswerKind.MULTI, longest).messageKey());
    }

    @Test
    void ratingsAndTextsHaveNoOptionsAndEveryQuestionHasAOneLineText() {
        assertEquals("survey.error.noOptions", refusedWriting(AnswerKind.RATING, List.of("1", "2")).messageKey());
        assertNull(question(AnswerKind.TEXT, "Övrigt?", List.of()).getOptions());
        assertEquals("survey.error.textRequired", assertThrows(InvalidSurveyException.class,
                () -> question(AnswerKind.TEXT, "  ", null)).messageKey());
        assertEquals("survey.error.textOneLine", assertThrows(InvalidSurveyException.class,
                () -> question(AnswerKind.TEXT, "Två\nrader", null)).messageKey());
        assertEquals("survey.error.textTooLong", assertThrows(InvalidSurveyException.class,
                () -> question(AnswerKind.TEXT, "x".repeat(1001), null)).messageKey());
        assertEquals("survey.error.kindRequired", assertThrows(InvalidSurveyException.class,
                () -> question(null, "Fråga", null)).messageKey());
        assertEquals("Hur var dagen?", question(AnswerKind.RATING, "  Hur var dagen? ", null).getText());
    }

    @Test
    void aRefusalAboutOneQuestionNamesItsPlace() {
        InvalidSurveyException refused = refusedWriting(AnswerKind.SINGLE, List.of("Ja")).inQuestion(2);
        assertEquals("questions[2].options", refused.field());
        assertEquals("Fråga 3: Ge mellan 2 och 20 alternativ, ett per rad.", refused.localizedMessage(SV));
    }

    @Test
    void aRatingIsAWholeNumberFromOneToFive() {
        SurveyQuestion rating = question(AnswerKind.RATING, "Vad tycker du om konferensen som helhet?", null);
        assertEquals("1", rating.validate(1));
        assertEquals("5", rating.validate(5L));
        for (Object wrong : List.of(0, 6, -1, "4", 4.5, List.of(4))) {
            InvalidAnswerException refused = assertThrows(InvalidAnswerException.class, () -> rating.validate(wrong),
                    String.valueOf(wrong));
            assertEquals("Svaret på ”Vad tycker du om konferensen som helhet?” ska vara ett betyg från 1 till 5.",
                    refused.localizedMessage(SV));
        }
        assertNull(rating.validate(null), "no answer");
        assertEquals(4, rating.valueOf("4"));
    }

    @Test
    void aSingleChoiceIsOneOfItsOptions() {
        SurveyQuestion single = question(AnswerKind.SINGLE, "Vill du delta nästa år?", NEXT_YEAR);
        assertEquals("Kanske", single.validate("Kanske"));
        assertEquals("Nej", single.validate(" Nej "));
        assertNull(single.validate(""));
        assertThrows(InvalidAnswerException.class, () -> single.validate("Absolut"));
        assertThrows(InvalidAnswerException.class, () -> single.validate(List.of("Ja")));
        assertEquals("Ja", single.valueOf("Ja"));
    }

    @Test
    void severalChoicesAreASubsetKeptInTheOptionsOrder() {
        SurveyQuestion multi = question(AnswerKind.MULTI, "Vilka delar var mest värdefulla?",
                List.of("Föreläsningarna", "Workshopparna", "Dialogen vid borden"));
        assertEquals("Föreläsningarna\nDialogen vid borden", multi.validate(List.of("Dialogen vid borden",
                "Föreläsningarna", "Dialogen vid borden")));
        assertEquals(List.of("Föreläsningarna", "Dialogen vid borden"),
                multi.valueOf("Föreläsningarna\nDialogen vid borden"));
        assertNull(multi.validate(List.of()), "nothing chosen is no answer");
        assertThrows(InvalidAnswerException.class, () -> multi.validate(List.of("Workshopparna", "Fikat")));
        assertThrows(InvalidAnswerException.class, () -> multi.validate("Workshopparna"));
        List<Object> notText = new ArrayList<>(List.of("Workshopparna"));
        notText.add(3);
        assertThrows(InvalidAnswerException.class, () -> multi.validate(notText));
    }

    @Test
    void aFreeTextIsAtMostFourThousandCharactersWithLineBreaksButNoOtherControls() {
        SurveyQuestion text = question(AnswerKind.TEXT, "Vad tar du med dig?", null);
        assertEquals("Att träffas oftare.\nOch ringa varandra.", text.validate("  Att träffas oftare.\nOch ringa varandra. "));
        assertEquals(4000, text.validate("å".repeat(4000)).length());
        InvalidAnswerException tooLong = assertThrows(InvalidAnswerException.class, () -> text.validate("å".repeat(4001)));
        assertEquals("Svaret på ”Vad tar du med dig?” får vara högst 4000 tecken.", tooLong.localizedMessage(SV));
        assertThrows(InvalidAnswerException.class, () -> text.validate("null\u0000byte"));
        assertThrows(InvalidAnswerException.class, () -> text.validate(5));
        assertNull(text.validate("   "));
    }

    @Test
    void theSameQuestionAsksTheSameUnlessKindTextOptionsOrSessionDiffer() {
        Session talk = new Session(event, SessionKind.TALK, "Risk- och skyddsfaktorer", LocalDateTime.of(2027, 3, 16, 9, 30),
                LocalDateTime.of(2027, 3, 16, 10, 45));
        SurveyQuestion single = question(AnswerKind.SINGLE, "Vill du delta nästa år?", NEXT_YEAR);
        assertTrue(single.asksTheSameAs(question(AnswerKind.SINGLE, " Vill du delta nästa år?", List.of("Ja", "Kanske ", "Nej"))));
        List<String> reordered = new ArrayList<>(NEXT_YEAR);
        Collections.reverse(reordered);
        assertTrue(!single.asksTheSameAs(question(AnswerKind.SINGLE, "Vill du delta nästa år?", reordered)));
        assertTrue(!single.asksTheSameAs(question(AnswerKind.MULTI, "Vill du delta nästa år?", NEXT_YEAR)));
        assertTrue(!single.asksTheSameAs(new SurveyQuestion(survey, 1, AnswerKind.SINGLE, "Vill du delta nästa år?",
                NEXT_YEAR, talk)));
    }
}
