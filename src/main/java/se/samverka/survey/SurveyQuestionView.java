package se.samverka.survey;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A survey question as the API shows it: its id (answers name it), kind, text, options (SINGLE and MULTI, else null) and session (if any). */
@JsonbPropertyOrder({"id", "kind", "text", "options", "sessionId"})
public record SurveyQuestionView(Long id, AnswerKind kind, String text, List<String> options, Long sessionId) {

    static SurveyQuestionView of(SurveyQuestion question) {
        return new SurveyQuestionView(question.getId(), question.getKind(), question.getText(),
                question.getKind().hasOptions() ? question.getOptionList() : null,
                question.getSession() == null ? null : question.getSession().getId());
    }
}
