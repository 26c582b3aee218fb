package se.samverka.survey;

import java.util.List;
import java.util.Map;

/**
 * The survey as one person sees it: the questions put to them (the event's first, then those of the sessions they
 * attended, session by session) and what they have answered so far (question id → stored answer; empty before
 * they answer).
 */
public record PersonalSurvey(Survey survey, List<SurveyQuestion> questions, Map<Long, String> answers) {

    public boolean answered() {
        return !answers.isEmpty();
    }
}
