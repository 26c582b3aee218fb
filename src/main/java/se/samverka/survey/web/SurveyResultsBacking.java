package se.samverka.survey.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import se.samverka.event.EventService;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.security.Role;
import se.samverka.survey.QuestionFigures;
import se.samverka.survey.SmallGroups;
import se.samverka.survey.SurveyReminders;
import se.samverka.survey.SurveyResults;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/**
 * The survey's results for the organiser ({@code admin/survey/results.xhtml?event=[&by=sector]}): each question's
 * chart with its table, for everyone or by sector, the free texts, who has not answered (never what anyone
 * answered) with a reminder to them, and the downloads.
 */
@Named
@ViewScoped
public class SurveyResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    SurveyResults results;

    @Inject
    SurveyReminders reminders;

    @Inject
    EventService events;

    @Inject
    Language language;

    private Long eventId;
    private String by;
    private String eventTitle;
    private boolean hasSurvey;
    private SurveyResults.Figures figures;
    private SurveyResults.Audience audience;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            if (!external.isUserInRole(Role.ORGANISER_NAME)) {
                external.responseSendError(403, "");
                FacesContext.getCurrentInstance().responseComplete();
                return;
            }
            eventTitle = events.get(eventId).getTitle();
            figures = results.figures(eventId, isBySector(), language.getLocale());
            audience = results.audience(eventId);
            hasSurvey = true;
        } catch (NotFoundException e) {
            if (eventTitle == null) {
                external.responseSendError(404, "");
                FacesContext.getCurrentInstance().responseComplete();
            }
        }
    }

    public void remind() {
        int sent = reminders.remind(eventId);
        Feedback.info("surveyResults.reminded", sent);
        audience = results.audience(eventId);
    }

    public String chart(QuestionFigures question) {
        return ResultChart.json(question, Messages.text(language.getLocale(), "surveyResults.chartLabel"));
    }

    /** The survey's state in words: open until, opens at, or closed. */
    public String getStatus() {
        return switch (audience.state()) {
            case CLOSED -> Messages.text(language.getLocale(), "surveyResults.status.closed");
            case OPEN -> Messages.format(language.getLocale(), "surveyResults.status.open",
                    audience.closesAt().format(WHEN));
            case NOT_YET -> Messages.format(language.getLocale(), "surveyResults.status.notYet",
                    audience.opensAt().format(WHEN));
        };
    }

    public String getRemindQuestion() {
        return Messages.format(language.getLocale(), "surveyResults.remindQuestion", audience.notAnswered().size());
    }

    public String getRemindedAt() {
        return audience.remindedAt() == null ? null : audience.remindedAt().format(WHEN);
    }

    public int getMinimum() { return SmallGroups.MINIMUM; }
    public boolean isBySector() { return "sector".equals(by); }
    public boolean isHasSurvey() { return hasSurvey; }
    public SurveyResults.Figures getFigures() { return figures; }
    public SurveyResults.Audience getAudience() { return audience; }
    public String getEventTitle() { return eventTitle; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getBy() { return by; }
    public void setBy(String by) { this.by = by; }
}
