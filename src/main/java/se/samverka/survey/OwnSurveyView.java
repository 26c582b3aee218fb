package se.samverka.survey;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The survey through a participant's private link: the questions put to them and, once they have answered, their
 * answers ({@code null} before). A value is of its question's kind: a number (RATING), a text (SINGLE, TEXT) or a
 * list of texts (MULTI).
 */
@JsonbPropertyOrder({"questions", "answers"})
public record OwnSurveyView(List<SurveyQuestionView> questions, List<OwnAnswerView> answers) {

    /** One answer as it is kept: the question's id and the value of its kind. */
    @JsonbPropertyOrder({"questionId", "value"})
    public record OwnAnswerView(Long questionId, Object value) {
    }

    static OwnSurveyView of(PersonalSurvey survey) {
        List<OwnAnswerView> answers = survey.questions().stream()
                .filter(question -> survey.answers().containsKey(question.getId()))
                .map(question -> new OwnAnswerView(question.getId(), question.valueOf(survey.answers().get(question.getId()))))
                .toList();
        return new OwnSurveyView(survey.questions().stream().map(SurveyQuestionView::of).toList(),
                survey.answered() ? answers : null);
    }
}
