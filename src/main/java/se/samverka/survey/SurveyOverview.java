package se.samverka.survey;

import java.util.List;

/**
 * The organiser's view of a survey: its questions in order, where it stands now, how many have answered of the
 * number asked (the confirmed registrations).
 */
public record SurveyOverview(Survey survey, List<SurveyQuestion> questions, SurveyStatus status, long respondents,
        long asked) {

    /** Whether the questions can still be replaced: nobody has answered and the survey is not closed. */
    public boolean questionsChangeable() {
        return respondents == 0 && !survey.isClosed();
    }
}
