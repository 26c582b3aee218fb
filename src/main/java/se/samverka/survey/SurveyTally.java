package se.samverka.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import se.samverka.platform.SwedishCollation;

/**
 * The results of a survey, from its anonymous answers, without the database: per question, the answers counted
 * for everyone together or per sector, with {@link SmallGroups small-group suppression} applied to each question
 * on its own (a question for one session counts only that question's answers). A rating gets its mean and how
 * many gave 1 to 5; a choice how many chose each option (for several choices, {@code n} is how many answered the
 * question); free text the texts, alphabetically. An answer that does not fit its question (a rating of 7, an
 * empty text) is not counted.
 */
public final class SurveyTally {

    static final List<String> RATINGS = List.of("1", "2", "3", "4", "5");

    private SurveyTally() {
    }

    /**
     * @param bySector  split by the answers' groups (sectors), or count everyone together as {@code everyone}
     * @param everyone  the group of everyone together ("alla")
     * @param others    where the small groups go ("övriga")
     */
    public static List<QuestionFigures> figures(List<ResultQuestion> questions, List<AnswerRow> answers,
            boolean bySector, ResultGroup everyone, ResultGroup others) {
        Map<Long, List<AnswerRow>> byQuestion = new HashMap<>();
        answers.forEach(row -> byQuestion.computeIfAbsent(row.questionId(), id -> new ArrayList<>()).add(row));
        Function<ResultGroup, ResultGroup> grouping = bySector ? Function.identity() : group -> everyone;
        return questions.stream()
                .map(question -> figures(question, byQuestion.getOrDefault(question.id(), List.of()), grouping, others))
                .toList();
    }

    private static QuestionFigures figures(ResultQuestion question, List<AnswerRow> rows,
            Function<ResultGroup, ResultGroup> grouping, ResultGroup others) {
        Map<ResultGroup, List<Object>> valid = new TreeMap<>();
        for (AnswerRow row : rows) {
            Object value = parse(question, row.value());
            if (value != null) {
                valid.computeIfAbsent(grouping.apply(row.group()), group -> new ArrayList<>()).add(value);
            }
        }
        int answers = valid.values().stream().mapToInt(List::size).sum();
        if (answers < SmallGroups.MINIMUM) {
            return new QuestionFigures(question, answers, List.of(), List.of());
        }
        Map<ResultGroup, Integer> sizes = new TreeMap<>();
        valid.forEach((group, values) -> sizes.put(group, values.size()));
        Map<ResultGroup, ResultGroup> shownAs = SmallGroups.fold(sizes, others);
        Map<ResultGroup, List<Object>> shown = new TreeMap<>();
        valid.forEach((group, values) -> shown.computeIfAbsent(shownAs.get(group), g -> new ArrayList<>()).addAll(values));
        List<String> keys = countKeys(question, valid.values());
        List<GroupFigures> groups = new ArrayList<>();
        shown.forEach((group, values) -> groups.add(groupFigures(question.kind(), group.label(), values, keys)));
        List<String> texts = question.kind() == AnswerKind.TEXT ? alphabetical(valid.values()) : List.of();
        return new QuestionFigures(question, answers, groups, texts);
    }

    /** The value as its kind counts it: a rating 1–5, an option, a set of options, a text; null when none. */
    private static Object parse(ResultQuestion question, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String answer = value.strip();
        return switch (question.kind()) {
            case RATING -> RATINGS.contains(answer) ? answer : null;
            case SINGLE -> answer;
            case MULTI -> {
                Set<String> chosen = new LinkedHashSet<>();
                answer.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(chosen::add);
                yield chosen.isEmpty() ? null : chosen;
            }
            case TEXT -> answer;
        };
    }

    /** Ratings 1–5; the question's options, then any other value given (an option since renamed) alphabetically. */
    private static List<String> countKeys(ResultQuestion question, Iterable<List<Object>> values) {
        return switch (question.kind()) {
            case RATING -> RATINGS;
            case TEXT -> List.of();
            case SINGLE, MULTI -> {
                Set<String> unknown = new TreeSet<>(SwedishCollation.strings());
                for (List<Object> group : values) {
                    for (Object value : group) {
                        for (String chosen : chosenOf(value)) {
                            if (!question.options().contains(chosen)) {
                                unknown.add(chosen);
                            }
                        }
                    }
                }
                List<String> keys = new ArrayList<>(question.options());
                keys.addAll(unknown);
                yield keys;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Iterable<String> chosenOf(Object value) {
        return value instanceof Set<?> set ? (Set<String>) set : List.of((String) value);
    }

    private static GroupFigures groupFigures(AnswerKind kind, String label, List<Object> values, List<String> keys) {
        int n = values.size();
        if (kind == AnswerKind.TEXT) {
            return new GroupFigures(label, n, null, null);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0));
        values.forEach(value -> chosenOf(value).forEach(chosen -> counts.merge(chosen, 1, Integer::sum)));
        BigDecimal mean = null;
        if (kind == AnswerKind.RATING) {
            int sum = values.stream().mapToInt(value -> Integer.parseInt((String) value)).sum();
            mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
        }
        return new GroupFigures(label, n, mean, Collections.unmodifiableMap(counts));
    }

    /** Every text, in Swedish alphabetical order (exact ties by code point): an order that says nothing of who. */
    private static List<String> alphabetical(Iterable<List<Object>> values) {
        Collator collator = SwedishCollation.collator();
        List<String> texts = new ArrayList<>();
        values.forEach(group -> group.forEach(value -> texts.add((String) value)));
        texts.sort(Comparator.<String, String>comparing(text -> text, collator::compare)
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(texts);
    }
}
