package se.samverka.survey;

import se.samverka.platform.DomainException;

/** The survey is closed (by the organiser, or its time ran out): no answers are taken or changed any more. */
public class SurveyClosedException extends DomainException {

    public SurveyClosedException() {
        super(Kind.CONFLICT, "survey.error.closed");
    }

    @Override
    public String problemType() {
        return "tag:samverka.se,2026:survey/closed";
    }
}
