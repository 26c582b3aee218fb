package se.samverka.survey;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The organiser's survey as the API shows it: times, where it stands ({@code NOT_YET_OPEN}, {@code OPEN},
 * {@code CLOSED}), how many have answered of those asked, and the questions with their ids. Never who answered what.
 */
@JsonbPropertyOrder({"id", "eventId", "opens", "closes", "status", "closedAt", "respondents", "asked", "questions"})
public record SurveyView(Long id, Long eventId, LocalDateTime opens, LocalDateTime closes, SurveyStatus status,
        LocalDateTime closedAt, long respondents, long asked, List<SurveyQuestionView> questions) {

    static SurveyView of(SurveyOverview overview) {
        Survey survey = overview.survey();
        return new SurveyView(survey.getId(), survey.getEvent().getId(), survey.getOpensAt(), survey.getClosesAt(),
                overview.status(), survey.getClosedAt(), overview.respondents(), overview.asked(),
                overview.questions().stream().map(SurveyQuestionView::of).toList());
    }
}
