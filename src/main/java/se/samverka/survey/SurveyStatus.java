package se.samverka.survey;

/** Where a survey stands at a moment: not open yet, open (taking answers), or closed (by the organiser or its time). */
public enum SurveyStatus {
    NOT_YET_OPEN, OPEN, CLOSED
}
