package se.samverka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationCorrections;
import se.samverka.registration.RegistrationEdit;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.Sector;
import se.samverka.registration.SectorService;
import se.samverka.web.Feedback;

/**
 * An organiser edits any field of a registration ({@code ?event=&id=}): the person, days, workshops within the
 * seat rules, needs and answers. Each change goes to the audit trail shown below the form; an edit made on a
 * registration someone changed meanwhile is refused, not applied.
 */
@Named
@ViewScoped
public class EditRegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    RegistrationCorrections corrections;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    SectorService sectors;

    @Inject
    SecurityContext security;

    private Long eventId;
    private Long id;
    private String name;
    private long version;
    private boolean active;
    private ParticipationOptions options;
    private final RegistrationForm form = new RegistrationForm();

    public void load() throws IOException {
        if (!AdminPage.allowOrganiserOnly()) {
            return;
        }
        try {
            Registration registration = registrations.get(eventId, id);
            options = ParticipationOptions.of(events.get(eventId), program.sessions(eventId),
                    registrations.questions(eventId), registrations.seatsTaken(eventId), AdminPage.locale());
            form.fillAll(registration, options);
            name = registration.getParticipant().fullName();
            version = registration.getVersion();
            active = registration.isActive();
        } catch (NotFoundException e) {
            AdminPage.send(404);
        }
    }

    public void save() {
        AdminPage.requireOrganiser();
        Registration saved = corrections.correct(eventId, id, form.toCorrection(options, version, active), security.getCallerPrincipal().getName(), true);
        name = saved.getParticipant().fullName();
        version = registrations.get(eventId, id).getVersion();
        Feedback.info("registrationEdit.saved", name);
    }

    public List<RegistrationEdit> getEdits() {
        return corrections.edits(eventId, id);
    }

    public List<Sector> getSectors() { return sectors.all(); }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public ParticipationOptions getOptions() { return options; }
    public boolean isActive() { return active; }
    public RegistrationForm getForm() { return form; }
}
