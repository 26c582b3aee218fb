package se.samverka.survey.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.omnifaces.util.Faces;
import se.samverka.platform.DomainException;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.program.Session;
import se.samverka.survey.PersonalSurvey;
import se.samverka.survey.SurveyQuestion;
import se.samverka.survey.SurveyService;
import se.samverka.web.Language;

/**
 * The participant's survey page ({@code survey/answer.xhtml?token=}, from their private page): the questions put to
 * them, the event's first and then each session's; saving thanks them and shows their answers again, which they may
 * change while the survey is open. When it is not open (or not theirs to answer) the page says why.
 */
@Named
@ViewScoped
public class AnswerSurveyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyService surveys;

    @Inject
    Language language;

    private String token;
    private String eventTitle;
    private String unavailable;
    private LocalDateTime closes;
    private boolean answered;
    private boolean saved;
    private List<SurveyAnswerRow> rows = List.of();

    public void load() throws IOException {
        try {
            show(surveys.forParticipant(token));
        } catch (NotFoundException unknownToken) {
            Faces.responseSendError(404, "");
        } catch (DomainException notNow) {
            unavailable = notNow.localizedMessage(language.getLocale());
        }
    }

    public void save() {
        show(surveys.answer(token, rows.stream().map(SurveyAnswerRow::toAnswer).toList()));
        saved = true;
    }

    private void show(PersonalSurvey survey) {
        eventTitle = survey.survey().getEvent().getTitle();
        closes = survey.survey().getClosesAt();
        answered = survey.answered();
        List<SurveyAnswerRow> shown = new ArrayList<>();
        Session group = null;
        for (SurveyQuestion question : survey.questions()) {
            String heading = null;
            if (shown.isEmpty() || !Objects.equals(group, question.getSession())) {
                group = question.getSession();
                heading = group == null ? Messages.text(language.getLocale(), "surveyAnswer.eventQuestions")
                        : Messages.format(language.getLocale(), "surveyAnswer.sessionQuestions", group.getTitle());
            }
            shown.add(new SurveyAnswerRow(question, heading, survey.answers().get(question.getId())));
        }
        rows = shown;
        if (shown.isEmpty()) {
            unavailable = Messages.text(language.getLocale(), "surveyAnswer.noQuestions");
        }
    }

    /** The rating scale, lowest first. */
    public List<String> getRatings() {
        return List.of("1", "2", "3", "4", "5");
    }

    public boolean isOpen() { return unavailable == null && eventTitle != null; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getEventTitle() { return eventTitle; }
    public String getUnavailable() { return unavailable; }
    public String getCloses() { return SurveyDates.shown(closes, language.getLocale()); }
    public boolean isAnswered() { return answered; }
    public boolean isSaved() { return saved; }
    public List<SurveyAnswerRow> getRows() { return rows; }
}
