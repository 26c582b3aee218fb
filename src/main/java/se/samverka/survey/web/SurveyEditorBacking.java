package se.samverka.survey.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.samverka.event.EventService;
import se.samverka.platform.DomainException;
import se.samverka.program.ProgramService;
import se.samverka.security.Role;
import se.samverka.survey.SurveyOverview;
import se.samverka.survey.SurveyService;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/**
 * The organiser's survey page ({@code admin/survey/index.xhtml?event=}): writes the questions (kind, text, options,
 * session) in order and the opening and closing times, saves them, sees where the survey stands and how many have
 * answered, and closes it. Once someone has answered only the times can change.
 */
@Named
@ViewScoped
public class SurveyEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyService surveys;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    SecurityContext security;

    @Inject
    Language language;

    private Long eventId;
    private String eventTitle;
    private List<SessionOption> sessions = List.of();
    private SurveyState state;
    private SurveyForm form;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            if (!external.isUserInRole(Role.ORGANISER_NAME)) {
                external.responseSendError(403, "");
                FacesContext.getCurrentInstance().responseComplete();
                return;
            }
            eventTitle = events.get(eventId).getTitle();
            DateTimeFormatter when = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", language.getLocale());
            sessions = program.sessions(eventId).stream()
                    .map(s -> new SessionOption(s.getId(), s.getStart().format(when) + " · " + s.getTitle())).toList();
            refresh();
        } catch (DomainException unknownEvent) {
            external.responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void save() {
        surveys.define(eventId, form.toDefinition());
        Feedback.info("surveyAdmin.saved");
        refresh();
    }

    public void close() {
        surveys.close(eventId, security.getCallerPrincipal().getName());
        Feedback.info("surveyAdmin.closedNow");
        refresh();
    }

    private void refresh() {
        SurveyOverview overview = surveys.find(eventId).map(survey -> surveys.overview(eventId)).orElse(null);
        state = overview == null ? null : SurveyState.of(overview);
        form = overview == null ? SurveyForm.blank() : SurveyForm.of(overview);
    }

    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getEventTitle() { return eventTitle; }
    public List<SessionOption> getSessions() { return sessions; }
    public String sessionLabel(Long id) {
        return sessions.stream().filter(s -> s.id().equals(id)).map(SessionOption::label).findFirst().orElse("");
    }
    public SurveyState getState() { return state; }
    public SurveyForm getForm() { return form; }
    /** Whether the questions may still be written: no survey yet, or nobody has answered and it is open for changes. */
    public boolean isEditable() { return state == null || state.changeable(); }
}
