package se.samverka.survey;

import java.util.List;

/**
 * What the event's survey holds about one person, for their extract: where the survey stands, whether their "has
 * answered" mark exists, whether their response can still be found (only while the survey is open: the keyed hash
 * that finds it is erased at closing, after which the response is anonymous and nobody can say which it is), and
 * their answers (question text and stored answer) while it can be found.
 */
public record HeldSurveyData(SurveyStatus status, boolean answered, boolean findable, List<QuestionAnswer> answers) {

    /** One answer: the question's text and the stored answer. */
    public record QuestionAnswer(String question, String answer) {
    }
}
