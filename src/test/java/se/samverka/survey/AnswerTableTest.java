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
        assertEquals(List.of("Sektor", "Hur var dagen som helhet?", "Vilka teman vill du fördjupa?", "Något mer?",
                "Workshoppen Barnet i bilden (Barnet i bilden)"), Arrays.asList(table.headers()));
        assertEquals(List.of(
                List.of("Skola", "3", "", "Ännu mer", "5"),
                List.of("Skola", "4", "", "=1+1", "2"),
                List.of("Skola", "5", "", "Bra dag", "4")), lists(table),
                "sorted by their answers; the themes, answered once, are left empty");
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
        assertEquals(5, table.headers().length);
    }

    @Test
    void noSectorUnderThreeIsEverWrittenAndTheRowsDoNotFollowTheOrderOfAnswering() {
        qt().withExamples(1000).forAll(responses(), SourceDSL.longs().all()).checkAssert((responses, seed) -> {
            AnswerTable table = AnswerTable.of("Sektor", QUESTIONS, responses, OTHERS);
            Map<String, Integer> perSector = new HashMap<>();
            table.rows().forEach(row -> perSector.merge(row[0], 1, Integer::sum));
            perSector.forEach((sector, n) -> assertTrue(n >= SmallGroups.MINIMUM, sector + " " + n));
            assertEquals(responses.size() < SmallGroups.MINIMUM ? 0 : responses.size(), table.rows().size());
            for (int column = 1; column <= QUESTIONS.size(); column++) {
                int c = column;
                long filled = table.rows().stream().filter(row -> !row[c].isEmpty()).count();
                assertTrue(filled == 0 || filled >= SmallGroups.MINIMUM, "column " + c + ": " + filled);
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
