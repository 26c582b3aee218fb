package se.samverka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.RegisterService;
import se.samverka.registration.Sector;
import se.samverka.registration.SectorService;
import se.samverka.web.Feedback;

/**
 * An organiser adds a participant by hand ({@code ?event=}): the public form's fields and choices, any
 * time, without approval. Instead of the person's consents, the organiser confirms having told them
 * of the privacy notice; they are not put on the public participant list.
 */
@Named
@ViewScoped
public class AddParticipantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    RegisterService registering;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    SectorService sectors;

    private Long eventId;
    private String eventTitle;
    private ParticipationOptions options;
    private final RegistrationForm form = new RegistrationForm();
    private String language = Messages.SWEDISH.getLanguage();
    private boolean informed;

    public void load() throws IOException {
        if (!AdminPage.allowOrganiserOnly()) {
            return;
        }
        try {
            Event event = events.get(eventId);
            eventTitle = event.getTitle();
            options = ParticipationOptions.of(event, program.sessions(eventId), registrations.questions(eventId),
                    registrations.seatsTaken(eventId), AdminPage.locale());
            form.start(options);
        } catch (NotFoundException e) {
            AdminPage.send(404);
        }
    }

    public String save() {
        AdminPage.requireOrganiser();
        if (!informed) {
            Feedback.error("registrationAdmin.error.informedRequired");
            return null;
        }
        form.setConsentPrivacy(true);
        form.setConsentListed(false);
        Registration added = registering.register(eventId, form.toRequest(options, language), true);
        Feedback.info("registrationAdmin.added", added.getParticipant().fullName(),
                Messages.text(AdminPage.locale(), "registration.status." + added.getStatus()));
        return "/admin/participants/index?faces-redirect=true&event=" + eventId;
    }

    public List<Sector> getSectors() { return sectors.all(); }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getEventTitle() { return eventTitle; }
    public ParticipationOptions getOptions() { return options; }
    public RegistrationForm getForm() { return form; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isInformed() { return informed; }
    public void setInformed(boolean informed) { this.informed = informed; }
}
