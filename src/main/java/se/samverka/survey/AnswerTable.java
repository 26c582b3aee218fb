package se.samverka.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.samverka.platform.SwedishCollation;

/**
 * The anonymous answers as a table for CSV and Excel: one row per response, the respondent's sector first and then
 * one column per question with fixed answers (free texts are not in the rows: beside a person's other answers a text
 * is a signature; the results and the report list them alphabetically), and nothing that names a person. The same
 * suppression as the results: a sector with fewer than {@value SmallGroups#MINIMUM} respondents is written as
 * "övriga" (folded as {@link SmallGroups} does); per question again, since a session's question is answered by fewer:
 * a cell is left empty when its sector has fewer than {@value SmallGroups#MINIMUM} answers to that question (it is
 * counted in "övriga" in the results); a question with fewer than {@value SmallGroups#MINIMUM} answers is left empty,
 * and with fewer than {@value SmallGroups#MINIMUM} respondents there are no rows at all. Rows are sorted by sector
 * and then by their answers, so their order says nothing of when anyone answered.
 */
public final class AnswerTable {

    private static final Comparator<String> TEXT = SwedishCollation.strings();

    private final String[] headers;
    private final List<String[]> rows;

    private AnswerTable(String[] headers, List<String[]> rows) {
        this.headers = headers;
        this.rows = rows;
    }

    /**
     * @param sectorHeader the first column's heading
     * @param questions    in the survey's order; a session's question is headed "text (session)"
     */
    public static AnswerTable of(String sectorHeader, List<ResultQuestion> questions, List<ResponseRow> responses,
            ResultGroup others) {
        questions = questions.stream().filter(question -> question.kind() != AnswerKind.TEXT).toList();
        String[] headers = new String[questions.size() + 1];
        headers[0] = sectorHeader;
        for (int i = 0; i < questions.size(); i++) {
            ResultQuestion question = questions.get(i);
            headers[i + 1] = question.session() == null ? question.text()
                    : question.text() + " (" + question.session() + ")";
        }
        if (responses.size() < SmallGroups.MINIMUM) {
            return new AnswerTable(headers, List.of());
        }
        Map<ResultGroup, Integer> sizes = new TreeMap<>();
        responses.forEach(response -> sizes.merge(response.group(), 1, Integer::sum));
        Map<ResultGroup, ResultGroup> shownAs = SmallGroups.fold(sizes, others);
        List<Set<ResultGroup>> shownPerQuestion = new ArrayList<>();
        for (ResultQuestion question : questions) {
            Map<ResultGroup, Integer> answering = new TreeMap<>();
            responses.stream().filter(response -> !cell(question, response).isEmpty())
                    .forEach(response -> answering.merge(shownAs.get(response.group()), 1, Integer::sum));
            shownPerQuestion.add(shownCells(answering, others));
        }
        List<Row> rows = new ArrayList<>();
        for (ResponseRow response : responses) {
            String[] cells = new String[headers.length];
            ResultGroup group = shownAs.get(response.group());
            cells[0] = group.label();
            for (int i = 0; i < questions.size(); i++) {
                cells[i + 1] = shownPerQuestion.get(i).contains(group) ? cell(questions.get(i), response) : "";
            }
            rows.add(new Row(group, cells));
        }
        rows.sort(Comparator.comparing(Row::group).thenComparing(Row::cells, AnswerTable::compareCells));
        return new AnswerTable(headers, rows.stream().map(Row::cells).toList());
    }

    /**
     * The sectors whose answers to one question may be shown: exactly those the results show on their own for it. Of
     * "övriga" only when it holds no sector folded in for this question: else the results' "övriga" less these cells
     * would give the folded sector's answers away.
     */
    private static Set<ResultGroup> shownCells(Map<ResultGroup, Integer> answering, ResultGroup others) {
        int answers = answering.values().stream().mapToInt(Integer::intValue).sum();
        if (answers < SmallGroups.MINIMUM) {
            return Set.of();
        }
        Map<ResultGroup, ResultGroup> shownAs = SmallGroups.fold(answering, others);
        Set<ResultGroup> shown = new HashSet<>();
        shownAs.forEach((group, as) -> {
            if (group.equals(as) && !group.others()) {
                shown.add(group);
            }
        });
        boolean othersAlone = shownAs.entrySet().stream()
                .noneMatch(entry -> entry.getValue().others() && !entry.getKey().others());
        if (othersAlone && answering.getOrDefault(others, 0) >= SmallGroups.MINIMUM) {
            shown.add(others);
        }
        return shown;
    }

    public String[] headers() {
        return headers.clone();
    }

    /** The rows, sorted; each as many cells as there are headers. */
    public List<String[]> rows() {
        return rows;
    }

    /** The answer as a cell: several choices on one line, separated by semicolons; empty when none. */
    private static String cell(ResultQuestion question, ResponseRow response) {
        String answer = response.answers().get(question.id());
        if (answer == null || answer.isBlank()) {
            return "";
        }
        if (question.kind() != AnswerKind.MULTI) {
            return answer.strip();
        }
        return String.join("; ", answer.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    private static int compareCells(String[] a, String[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order = TEXT.compare(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return Arrays.compare(a, b);
    }

    private record Row(ResultGroup group, String[] cells) {
    }
}
