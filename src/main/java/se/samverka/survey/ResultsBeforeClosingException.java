package se.samverka.survey;

import se.samverka.platform.DomainException;

/**
 * Results were asked for while the survey is not closed: 409. Figures that change while people answer could be
 * compared before and after one named person answers, and so reveal what that person answered.
 */
public class ResultsBeforeClosingException extends DomainException {

    public ResultsBeforeClosingException() {
        super(Kind.CONFLICT, "surveyResults.error.notClosed");
    }
}
