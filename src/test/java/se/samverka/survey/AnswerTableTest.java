package se.samverka.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static se.samverka.survey.SmallGroupsTest.OTHERS;
import static se.samverka.survey.SmallGroupsTest.POLICE;
import static se.samverka.survey.SmallGroupsTest.PRESCHOOL;
import static se.samverka.survey.SmallGroupsTest.SCHOOL;
import static se.samverka.survey.SurveyTallyTest.BEST;
import static se.samverka.survey.SurveyTallyTest.DAY;
import static se.samverka.survey.SurveyTallyTest.TOPICS;
import static se.samverka.survey.SurveyTallyTest.WORDS;
import static se.samverka.survey.SurveyTallyTest.WORKSHOP;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class AnswerTableTest {

    private static final List<ResultQuestion> QUESTIONS = List.of(DAY, TOPICS, WORDS, WORKSHOP);

    @Test
    void oneRowPerResponseWithItsSectorAndOneColumnPerQuestion() {
        AnswerTable table = AnswerTable.of("Sektor", QUESTIONS, List.of(
                response(SCHOOL, DAY, "5", TOPICS, "TSI\nSkolnärvaro", WORDS, "Bra dag", WORKSHOP, "4"),
                response(SCHOOL, DAY, "3", WORDS, "Ännu mer", WORKSHOP, "5"),
                response(SCHOOL, DAY, "4", WORDS, "=1+1", WORKSHOP, "2")), OTHERS);
        assertEquals(List.of("Sektor", "Hur var dagen som helhet?", "Vilka teman vill du fördjupa?",
                "Workshoppen Barnet i bilden (Barnet i bilden)"), Arrays.asList(table.headers()),
                "no free text in the rows: beside a person's other answers it is a signature");
        assertEquals(List.of(
                List.of("Skola", "3", "", "5"),
                List.of("Skola", "4", "", "2"),
                List.of("Skola", "5", "", "4")), lists(table),
                "sorted by their answers; the themes, answered once, are left empty");
    }

    @Test
    void aSectorWithFewerThanThreeAnswersToOneQuestionHasThatCellEmpty() {
        List<ResponseRow> responses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            responses.add(response(SCHOOL, DAY, "4", WORKSHOP, "3"));
        }
        for (int i = 0; i < 3; i++) {
            responses.add(response(PRESCHOOL, DAY, "5", WORKSHOP, "5"));
        }
        responses.add(response(POLICE, DAY, "1", WORKSHOP, "1"));
        responses.add(response(POLICE, DAY, "2"));
        responses.add(response(POLICE, DAY, "3"));
        List<List<String>> rows = lists(AnswerTable.of("Sektor", QUESTIONS, responses, OTHERS));
        // the workshop's answers: school 4, preschool 3, police 1: the officer goes into övriga, which then takes
        // preschool too (the results show "Skola 4, övriga 4"), so only school's cells are written
        assertEquals(List.of(
                List.of("Förskola", "5", "", ""), List.of("Förskola", "5", "", ""), List.of("Förskola", "5", "", ""),
                List.of("Skola", "4", "", "3"), List.of("Skola", "4", "", "3"), List.of("Skola", "4", "", "3"),
                List.of("Skola", "4", "", "3"),
                List.of("Polis", "1", "", ""), List.of("Polis", "2", "", ""), List.of("Polis", "3", "", "")), rows,
                "the one police officer at the workshop is not shown, nor what would give it away");
    }

    @Test
    void noCellShowsWhatTheResultsFoldIntoOthers() {
        // the workshop: 3 from school and 1 police officer; the results show "övriga 4" (the officer alone would be
        // under three, and övriga takes school too): school's cells would give the officer's answer by subtraction
        List<ResponseRow> responses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            responses.add(response(SCHOOL, DAY, "4", WORKSHOP, "3"));
            responses.add(response(POLICE, DAY, "2"));
        }
        responses.add(response(POLICE, DAY, "1", WORKSHOP, "1"));
        List<List<String>> rows = lists(AnswerTable.of("Sektor", QUESTIONS, responses, OTHERS));
        assertTrue(rows.stream().allMatch(row -> row.get(3).isEmpty()), rows.toString());
    }

    @Test
    void aSectorOfFewerThanThreeIsWrittenAsOthers() {
        List<ResponseRow> responses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            responses.add(response(SCHOOL, DAY, "4"));
        }
        responses.add(response(POLICE, DAY, "1"));
        responses.add(response(PRESCHOOL, DAY, "2"));
        responses.add(response(PRESCHOOL, DAY, "3"));
        List<String> sectors = lists(AnswerTable.of("Sektor", QUESTIONS, responses, OTHERS)).stream()
                .map(row -> row.get(0)).toList();
        assertEquals(List.of("Skola", "Skola", "Skola", "Skola", "övriga", "övriga", "övriga"), sectors);
    }

    @Test
    void fewerThanThreeRespondentsGiveNoRows() {
        AnswerTable table = AnswerTable.of("Sektor", QUESTIONS, List.of(response(SCHOOL, DAY, "5"),
                response(SCHOOL, DAY, "4")), OTHERS);
        assertEquals(List.of(), table.rows());
        assertEquals(4, table.headers().length, "the sector and the three questions with fixed answers");
    }

    @Test
    void noSectorUnderThreeIsEverWrittenAndTheRowsDoNotFollowTheOrderOfAnswering() {
        qt().withExamples(1000).forAll(responses(), SourceDSL.longs().all()).checkAssert((responses, seed) -> {
            AnswerTable table = AnswerTable.of("Sektor", QUESTIONS, responses, OTHERS);
            Map<String, Integer> perSector = new HashMap<>();
            table.rows().forEach(row -> perSector.merge(row[0], 1, Integer::sum));
            perSector.forEach((sector, n) -> assertTrue(n >= SmallGroups.MINIMUM, sector + " " + n));
            assertEquals(responses.size() < SmallGroups.MINIMUM ? 0 : responses.size(), table.rows().size());
            for (int column = 1; column < table.headers().length; column++) {
                int c = column;
                Map<String, Integer> filled = new HashMap<>();
                table.rows().stream().filter(row -> !row[c].isEmpty()).forEach(row -> filled.merge(row[0], 1, Integer::sum));
                filled.forEach((sector, n) -> assertTrue(n >= SmallGroups.MINIMUM, "column " + c + ", " + sector + ": " + n));
            }
            List<ResponseRow> shuffled = new ArrayList<>(responses);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(lists(table), lists(AnswerTable.of("Sektor", QUESTIONS, shuffled, OTHERS)));
        });
    }

    static Gen<List<ResponseRow>> responses() {
        Gen<ResponseRow> one = Generate.pick(List.of(SCHOOL, SCHOOL, POLICE, PRESCHOOL, OTHERS))
                .zip(Generate.pick(List.of("1", "3", "5")), Generate.pick(List.of("", "TSI", "Bra", "Å nej")),
                        SourceDSL.booleans().all(), (sector, rating, text, workshop) -> workshop
                                ? response(sector, DAY, rating, WORDS, text, WORKSHOP, rating)
                                : response(sector, DAY, rating, WORDS, text));
        return SourceDSL.lists().of(one).ofSizeBetween(0, 14);
    }

    private static ResponseRow response(ResultGroup sector, Object... questionsAndAnswers) {
        Map<Long, String> answers = new HashMap<>();
        for (int i = 0; i < questionsAndAnswers.length; i += 2) {
            answers.put(((ResultQuestion) questionsAndAnswers[i]).id(), (String) questionsAndAnswers[i + 1]);
        }
        return new ResponseRow(sector, answers);
    }

    private static List<List<String>> lists(AnswerTable table) {
        return table.rows().stream().map(Arrays::asList).toList();
    }
}
