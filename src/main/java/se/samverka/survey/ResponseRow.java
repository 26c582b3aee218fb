package se.samverka.survey;

import java.util.Map;

/** One person's answers as the export sees them: their group (sector) and the answer to each question by id. */
public record ResponseRow(ResultGroup group, Map<Long, String> answers) {

    public ResponseRow {
        answers = Map.copyOf(answers);
    }
}
