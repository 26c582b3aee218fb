package se.samverka.attendance.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.Correction;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationCorrections;
import se.samverka.registration.RegistrationEdit;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.Sector;
import se.samverka.registration.SectorService;
import se.samverka.web.Feedback;

/**
 * One person at the desk ({@code admin/attendance/person.xhtml?event=&registration=}): correct their details
 * (logged with who and when; organisers see the log) and print their badge at once.
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    RegistrationCorrections corrections;

    @Inject
    SectorService sectors;

    @Inject
    SecurityContext security;

    private Long eventId;
    private Long registrationId;
    private String name;
    private String status;
    private final WalkInForm form = new WalkInForm();

    public void load() throws IOException {
        try {
            show(registrations.get(eventId, registrationId));
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void save() {
        Registration corrected = corrections.correct(eventId, registrationId, new Correction(form.getFirstName(),
                form.getLastName(), form.getEmail(), form.getPhone() == null ? "" : form.getPhone(), form.getOrganisation(),
                form.getSector(), form.getTitle() == null ? "" : form.getTitle(),
                form.getDietary() == null ? "" : form.getDietary(),
                form.getAccessibility() == null ? "" : form.getAccessibility()), security.getCallerPrincipal().getName());
        show(corrected);
        Feedback.info("person.saved", name);
    }

    private void show(Registration registration) {
        Participant who = registration.getParticipant();
        name = who.fullName();
        status = registration.getStatus().name();
        form.setFirstName(who.getFirstName());
        form.setLastName(who.getLastName());
        form.setEmail(who.getEmail());
        form.setPhone(who.getPhone());
        form.setOrganisation(who.getOrganisation());
        form.setSector(who.getSector().getCode());
        form.setTitle(who.getTitle());
        form.setDietary(registration.getDietary());
        form.setAccessibility(registration.getAccessibility());
    }

    /** The corrections made so far, newest first (the page shows them to organisers). */
    public List<RegistrationEdit> getEdits() {
        return corrections.edits(eventId, registrationId);
    }

    public List<Sector> getSectors() { return sectors.all(); }
    public WalkInForm getForm() { return form; }
    public String getName() { return name; }
    public String getStatus() { return status; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public Long getRegistrationId() { return registrationId; }
    public void setRegistrationId(Long registrationId) { this.registrationId = registrationId; }
}
