package se.samverka.survey.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.web.Language;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.samverka.survey.SurveyInvitation;
import se.samverka.survey.SurveyService;

/**
 * The survey's place on the participant's private page ({@code WEB-INF/includes/survey/invitation.xhtml}, included by
 * {@code registration/manage.xhtml} with the page's token): while the survey is open, a link to answer it. The
 * registration feature knows nothing of surveys; this bean reads the token itself.
 */
@Named
@RequestScoped
public class SurveyInvitationBacking {

    @Inject
    SurveyService surveys;

    @Inject
    Language language;

    private final Map<String, Optional<SurveyInvitation>> read = new HashMap<>();

    /** The invitation for the registration behind the token, or null when there is nothing to say. */
    public SurveyInvitation of(String token) {
        if (token == null) {
            return null;
        }
        return read.computeIfAbsent(token, surveys::invitation).filter(SurveyInvitation::open).orElse(null);
    }

    /** Until when the survey takes answers, in running text. */
    public String until(SurveyInvitation invitation) {
        return SurveyDates.shown(invitation.closes(), language.getLocale());
    }
}
