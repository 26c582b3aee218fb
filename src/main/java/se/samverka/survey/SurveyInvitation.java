package se.samverka.survey;

import java.time.LocalDateTime;

/** What the participant's private page says about the survey: where it stands, until when, and whether they answered. */
public record SurveyInvitation(SurveyStatus status, LocalDateTime opens, LocalDateTime closes, boolean answered) {

    public boolean open() {
        return status == SurveyStatus.OPEN;
    }
}
