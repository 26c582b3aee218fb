package se.samverka.survey;

import java.util.List;

/**
 * A survey question as the results need it: its kind, text and choices, and the session it asks about (its
 * title), if any.
 */
public record ResultQuestion(long id, AnswerKind kind, String text, List<String> options, Long sessionId,
        String session) implements java.io.Serializable {

    public ResultQuestion {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The question as stored, its choices one per line. */
    static ResultQuestion of(SurveyQuestion question) {
        List<String> options = question.getOptions() == null ? List.of()
                : question.getOptions().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new ResultQuestion(question.getId(), question.getKind(), question.getText(), options,
                question.getSession() == null ? null : question.getSession().getId(),
                question.getSession() == null ? null : question.getSession().getTitle());
    }
}
