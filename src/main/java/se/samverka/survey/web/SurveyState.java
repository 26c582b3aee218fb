package se.samverka.survey.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import se.samverka.survey.Survey;
import se.samverka.survey.SurveyStatus;
import se.samverka.survey.SurveyOverview;

/** Where a survey stands, as the organiser's page keeps it between requests (no entities in the view). */
public record SurveyState(SurveyStatus status, long respondents, long asked, LocalDateTime opens,
        LocalDateTime closes, LocalDateTime closedAt, boolean changeable) implements Serializable {

    static SurveyState of(SurveyOverview overview) {
        Survey survey = overview.survey();
        return new SurveyState(overview.status(), overview.respondents(), overview.asked(), survey.getOpensAt(),
                survey.getClosesAt(), survey.getClosedAt(), overview.questionsChangeable());
    }

    public boolean closed() {
        return closedAt != null;
    }
}
