package se.samverka.program.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.event.Room;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;
import se.samverka.program.SpeakerService;
import se.samverka.program.ThemeService;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/** {@code admin/program/session.xhtml?event=ID[&id=SID]}: create or change one session. */
@Named
@ViewScoped
public class SessionEditBacking implements Serializable {

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    Language language;

    @Inject
    SpeakerService speakerRegister;

    @Inject
    ThemeService themeList;

    private Long eventId;
    private Long id;
    private String eventTitle;
    private List<SelectItem> days;
    private List<String> rooms;
    private List<SelectItem> themes;
    private List<SelectItem> speakers;
    private SessionForm form;

    public void load() {
        Locale locale = language.getLocale();
        Event event = events.get(eventId);
        eventTitle = event.getTitle();
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        days = event.getDays().stream().map(d -> new SelectItem(d.getDate(), dayFormat.format(d.getDate()))).toList();
        rooms = event.getRooms().stream().map(Room::getName).toList();
        themes = themeList.all().stream().map(t -> new SelectItem(t.getNameSv(), t.name(locale))).toList();
        speakers = speakerRegister.all().stream().map(s -> new SelectItem(s.getId(),
                s.getOrganisation() == null ? s.getName() : s.getName() + " (" + s.getOrganisation() + ")")).toList();
        form = id == null ? SessionForm.blank(event.getStartDate()) : SessionForm.of(program.get(eventId, id));
    }

    /** Saves even when the session clashes with another; the clashes come back as warnings. */
    public String save() {
        Session saved = id == null ? program.create(eventId, form.toDetails())
                : program.update(eventId, id, form.toDetails());
        Feedback.info("sessionForm.saved", saved.getTitle());
        FacesContext context = FacesContext.getCurrentInstance();
        SessionRow.warningsFor(saved, program.conflicts(eventId), language.getLocale()).forEach(
                text -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null)));
        return "sessions?faces-redirect=true&event=" + eventId;
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getEventTitle() { return eventTitle; }
    public List<SelectItem> getDays() { return days; }
    public List<String> getRooms() { return rooms; }
    public List<SelectItem> getThemes() { return themes; }
    public List<SelectItem> getSpeakers() { return speakers; }
    public SessionForm getForm() { return form; }
}
