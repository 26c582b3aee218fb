package se.samverka.survey;

import se.samverka.platform.DomainException;

/** The event has no survey (yet): a 404 that says so. */
public class NoSurveyException extends DomainException {

    public NoSurveyException() {
        super(Kind.NOT_FOUND, "survey.error.none");
    }
}
