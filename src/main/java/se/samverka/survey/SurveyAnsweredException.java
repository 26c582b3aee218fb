package se.samverka.survey;

import se.samverka.platform.DomainException;

/**
 * The questions cannot be replaced once someone has answered: their answers belong to the questions they were
 * given. The times can still change.
 */
public class SurveyAnsweredException extends DomainException {

    public SurveyAnsweredException(long respondents) {
        super(Kind.CONFLICT, "questions", "survey.error.answered", respondents);
    }

    @Override
    public String problemType() {
        return "tag:samverka.se,2026:survey/answered";
    }
}
