package se.samverka.survey;

import se.samverka.platform.DomainException;

/** A reminder was asked for while the survey takes no answers (not yet open, or closed): 409. */
public class SurveyNotOpenForReminders extends DomainException {

    public SurveyNotOpenForReminders() {
        super(Kind.CONFLICT, "surveyResults.error.notOpen");
    }
}
