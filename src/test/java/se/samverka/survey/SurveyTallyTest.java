package se.samverka.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static se.samverka.survey.SmallGroupsTest.OTHERS;
import static se.samverka.survey.SmallGroupsTest.POLICE;
import static se.samverka.survey.SmallGroupsTest.PRESCHOOL;
import static se.samverka.survey.SmallGroupsTest.SCHOOL;
import static se.samverka.survey.SmallGroupsTest.SOCIAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class SurveyTallyTest {

    static final ResultGroup EVERYONE = ResultGroup.everyone("alla");
    static final List<ResultGroup> SECTORS = List.of(PRESCHOOL, SCHOOL, SOCIAL, POLICE, OTHERS);

    static final ResultQuestion DAY = new ResultQuestion(1, AnswerKind.RATING, "Hur var dagen som helhet?", null,
            null, null);
    static final ResultQuestion BEST = new ResultQuestion(2, AnswerKind.SINGLE, "Vad var bäst?",
            List.of("Föreläsningarna", "Dialogen", "Maten"), null, null);
    static final ResultQuestion TOPICS = new ResultQuestion(3, AnswerKind.MULTI, "Vilka teman vill du fördjupa?",
            List.of("TSI", "Skolnärvaro", "Föräldraskap"), null, null);
    static final ResultQuestion WORDS = new ResultQuestion(4, AnswerKind.TEXT, "Något mer?", null, null, null);
    static final ResultQuestion WORKSHOP = new ResultQuestion(5, AnswerKind.RATING, "Workshoppen Barnet i bilden",
            null, 77L, "Barnet i bilden");
    static final List<ResultQuestion> QUESTIONS = List.of(DAY, BEST, TOPICS, WORDS, WORKSHOP);

    @Test
    void aRatingHasItsMeanToOneDecimalAndHowManyGaveEachValue() {
        QuestionFigures day = overall(DAY, rows(DAY, SCHOOL, "5", "4", "4"));
        GroupFigures everyone = single(day);
        assertEquals("alla", everyone.group());
        assertEquals(3, everyone.n());
        assertEquals(new BigDecimal("4.3"), everyone.mean());
        assertEquals(List.of("1", "2", "3", "4", "5"), List.copyOf(everyone.counts().keySet()));
        assertEquals(List.of(0, 0, 0, 2, 1), List.copyOf(everyone.counts().values()));
    }

    @Test
    void bySectorASectorOfTwoIsFoldedIntoOthers() {
        List<AnswerRow> answers = new ArrayList<>();
        answers.addAll(rows(DAY, PRESCHOOL, "3", "4", "5"));
        answers.addAll(rows(DAY, SCHOOL, "5", "5", "4", "4"));
        answers.addAll(rows(DAY, SOCIAL, "2", "4", "4"));
        answers.addAll(rows(DAY, POLICE, "1", "2"));
        QuestionFigures day = SurveyTally.figures(List.of(DAY), answers, true, EVERYONE, OTHERS).get(0);
        // Polis (2) alone would make övriga 2: the smallest shown, Socialtjänst (3, later in the list than
        // Förskola), joins it
        assertEquals(List.of("Förskola", "Skola", "övriga"), day.groups().stream().map(GroupFigures::group).toList());
        assertEquals(List.of(3, 4, 5), day.groups().stream().map(GroupFigures::n).toList());
        assertEquals(new BigDecimal("2.6"), day.groups().get(2).mean(), "(2+4+4+1+2)/5");
        assertEquals(12, day.answers());
    }

    @Test
    void aQuestionWithFewerThanThreeAnswersShowsNoFiguresAtAll() {
        QuestionFigures day = overall(DAY, rows(DAY, SCHOOL, "5", "1"));
        assertTrue(day.tooFew());
        assertEquals(List.of(), day.groups());
        QuestionFigures words = overall(WORDS, rows(WORDS, SCHOOL, "Bra", "Dåligt"));
        assertEquals(List.of(), words.texts(), "not even free text");
    }

    @Test
    void aChoiceCountsEachOptionInTheQuestionsOrderAndAnOldOptionAfter() {
        QuestionFigures best = overall(BEST, rows(BEST, SCHOOL, "Dialogen", "Maten", "Dialogen", "Fikat"));
        GroupFigures everyone = single(best);
        assertNull(everyone.mean());
        assertEquals(List.of("Föreläsningarna", "Dialogen", "Maten", "Fikat"), List.copyOf(everyone.counts().keySet()));
        assertEquals(List.of(0, 2, 1, 1), List.copyOf(everyone.counts().values()));
    }

    @Test
    void severalChoicesCountRespondentsAsNAndEachChosenOption() {
        QuestionFigures topics = overall(TOPICS, rows(TOPICS, SCHOOL, "TSI\nSkolnärvaro", "TSI", "TSI\nFöräldraskap\nTSI"));
        GroupFigures everyone = single(topics);
        assertEquals(3, everyone.n(), "three people answered");
        assertEquals(Map.of("TSI", 3, "Skolnärvaro", 1, "Föräldraskap", 1), everyone.counts(),
                "an option named twice counts once");
    }

    @Test
    void freeTextIsListedAlphabeticallyAndNeverByGroup() {
        List<AnswerRow> answers = new ArrayList<>();
        answers.addAll(rows(WORDS, POLICE, "Örebro nästa gång"));
        answers.addAll(rows(WORDS, SCHOOL, "Bra dialog", "Ännu mer tid", "Zoom fungerade"));
        answers.addAll(rows(WORDS, PRESCHOOL, "  ", "Alltför kort lunch", "Bra dialog"));
        QuestionFigures words = SurveyTally.figures(List.of(WORDS), answers, true, EVERYONE, OTHERS).get(0);
        assertEquals(List.of("Alltför kort lunch", "Bra dialog", "Bra dialog", "Zoom fungerade", "Ännu mer tid",
                "Örebro nästa gång"),
                words.texts(), "Swedish order: Å, Ä, Ö after Z; the blank answer not counted");
        assertEquals(6, words.answers());
        assertEquals(List.of("Skola", "övriga"), words.groups().stream().map(GroupFigures::group).toList());
        assertEquals(List.of(3, 3), words.groups().stream().map(GroupFigures::n).toList());
        assertNull(words.groups().get(0).counts());
    }

    @Test
    void aSessionQuestionCountsOnlyItsOwnAnswers() {
        List<AnswerRow> answers = new ArrayList<>(rows(DAY, SCHOOL, "4", "4", "4", "4", "4"));
        answers.addAll(rows(WORKSHOP, SCHOOL, "2", "3"));
        List<QuestionFigures> figures = SurveyTally.figures(List.of(DAY, WORKSHOP), answers, false, EVERYONE, OTHERS);
        assertEquals(5, single(figures.get(0)).n());
        assertTrue(figures.get(1).tooFew(), "two attended and answered the workshop's question");
    }

    @Test
    void anAnswerThatDoesNotFitItsQuestionIsNotCounted() {
        QuestionFigures day = overall(DAY, rows(DAY, SCHOOL, "5", "7", "", "fem", "3", " 4 "));
        assertEquals(3, single(day).n());
        assertEquals(new BigDecimal("4.0"), single(day).mean());
    }

    // --- properties ---

    @Test
    void noShownGroupHasFewerThanThreeAndTheGroupsAddUpToTheAnswers() {
        qt().withExamples(1500).forAll(answerSets(), SourceDSL.booleans().all()).checkAssert((answers, bySector) -> {
            for (QuestionFigures question : SurveyTally.figures(QUESTIONS, answers, bySector, EVERYONE, OTHERS)) {
                int sum = 0;
                for (GroupFigures group : question.groups()) {
                    assertTrue(group.n() >= SmallGroups.MINIMUM, question.toString());
                    sum += group.n();
                    if (question.question().kind() == AnswerKind.RATING) {
                        assertEquals(group.n(), group.counts().values().stream().mapToInt(Integer::intValue).sum());
                        assertTrue(group.mean().compareTo(BigDecimal.ONE) >= 0
                                && group.mean().compareTo(BigDecimal.valueOf(5)) <= 0, group.toString());
                    }
                    if (question.question().kind() == AnswerKind.SINGLE) {
                        assertEquals(group.n(), group.counts().values().stream().mapToInt(Integer::intValue).sum());
                    }
                }
                assertEquals(question.tooFew() ? 0 : question.answers(), sum, question.toString());
                assertEquals(question.tooFew() || question.question().kind() != AnswerKind.TEXT ? 0 : question.answers(),
                        question.texts().size());
                if (!bySector) {
                    assertTrue(question.groups().size() <= 1);
                }
            }
        });
    }

    @Test
    void theResultsDoNotDependOnTheOrderTheAnswersWereGiven() {
        qt().withExamples(800).forAll(answerSets(), SourceDSL.longs().all()).checkAssert((answers, seed) -> {
            List<AnswerRow> shuffled = new ArrayList<>(answers);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(SurveyTally.figures(QUESTIONS, answers, true, EVERYONE, OTHERS),
                    SurveyTally.figures(QUESTIONS, shuffled, true, EVERYONE, OTHERS));
        });
    }

    /** Respondents from random sectors (often a few from one), each answering some of the questions. */
    static Gen<List<AnswerRow>> answerSets() {
        Gen<ResultGroup> sector = Generate.pick(SECTORS);
        Gen<String> rating = Generate.pick(List.of("1", "2", "3", "4", "5", "6", ""));
        Gen<String> choice = Generate.pick(List.of("Föreläsningarna", "Dialogen", "Maten", "Annat"));
        Gen<String> choices = Generate.pick(List.of("TSI", "TSI\nSkolnärvaro", "Föräldraskap\nTSI", "Skolnärvaro"));
        Gen<String> text = Generate.pick(List.of("Bra", "Örebro", "ännu mer tid", "Zoom", "Bra", " "));
        Gen<List<AnswerRow>> respondent = sector.zip(rating, choice, choices, (group, r, c, m) -> List.of(
                new AnswerRow(DAY.id(), group, r), new AnswerRow(BEST.id(), group, c),
                new AnswerRow(TOPICS.id(), group, m)))
                .zip(text, rating, SourceDSL.integers().between(0, 7), (rows, t, w, skip) -> {
                    List<AnswerRow> answered = new ArrayList<>(rows);
                    answered.add(new AnswerRow(WORDS.id(), rows.get(0).group(), t));
                    if (skip < 3) {
                        answered.add(new AnswerRow(WORKSHOP.id(), rows.get(0).group(), w));
                    }
                    if (skip < answered.size()) {
                        answered.remove((int) skip);
                    }
                    return answered;
                });
        return SourceDSL.lists().of(respondent).ofSizeBetween(0, 30)
                .map(people -> people.stream().flatMap(List::stream).toList());
    }

    private static QuestionFigures overall(ResultQuestion question, List<AnswerRow> answers) {
        return SurveyTally.figures(List.of(question), answers, false, EVERYONE, OTHERS).get(0);
    }

    private static GroupFigures single(QuestionFigures question) {
        assertEquals(1, question.groups().size(), question.toString());
        return question.groups().get(0);
    }

    private static List<AnswerRow> rows(ResultQuestion question, ResultGroup group, String... values) {
        List<AnswerRow> rows = new ArrayList<>();
        for (String value : values) {
            rows.add(new AnswerRow(question.id(), group, value));
        }
        return rows;
    }
}
