package se.samverka.attendance.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.samverka.attendance.CheckInOutcome;
import se.samverka.attendance.CheckInRequest;
import se.samverka.attendance.CheckInService;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.Registration;
import se.samverka.registration.RegisterService;
import se.samverka.registration.RegistrationStatus;
import se.samverka.registration.Sector;
import se.samverka.registration.SectorService;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/**
 * A walk-in at the desk ({@code admin/attendance/walk-in.xhtml?event=}): registered under the event's rules
 * (a full event puts them in line), admitted at once for today when they got a seat, and given a badge.
 */
@Named
@ViewScoped
public class WalkInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Language language;

    @Inject
    EventService events;

    @Inject
    RegisterService registering;

    @Inject
    CheckInService checkIns;

    @Inject
    SectorService sectors;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    private Long eventId;
    private String eventTitle;
    private List<LocalDate> days;
    private final WalkInForm form = new WalkInForm();
    private boolean informed;
    private Long registeredId;
    private String outcome;

    public void load() throws IOException {
        try {
            Event event = events.get(eventId);
            eventTitle = event.getTitle();
            days = event.getDays().stream().map(day -> day.getDate()).toList();
            LocalDate today = LocalDate.now(clock);
            form.getDays().add((event.covers(today) ? today : event.getStartDate()).toString());
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void register() {
        if (!informed) {
            Feedback.error("walkIn.error.informed");
            return;
        }
        Registration registration = registering.register(eventId, form.toRequest(language.getLocale().getLanguage()),
                true);
        registeredId = registration.getId();
        String name = registration.getParticipant().fullName();
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            outcome = text("walkIn.waiting", name);
            return;
        }
        LocalDate today = LocalDate.parse(form.getDays().isEmpty() ? days.get(0).toString() : form.getDays().get(0));
        CheckInOutcome admitted = checkIns.checkIn(eventId,
                new CheckInRequest(registration.getCheckInCode(), null, null, null, today),
                security.getCallerPrincipal().getName());
        outcome = text(admitted.refusal() == null ? "walkIn.admitted" : "walkIn.registered", name);
    }

    private String text(String key, Object... arguments) {
        return Messages.format(language.getLocale(), key, arguments);
    }

    public List<Sector> getSectors() { return sectors.all(); }
    public List<LocalDate> getDays() { return days; }
    public WalkInForm getForm() { return form; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getEventTitle() { return eventTitle; }
    public boolean isInformed() { return informed; }
    public void setInformed(boolean informed) { this.informed = informed; }
    public Long getRegisteredId() { return registeredId; }
    public String getOutcome() { return outcome; }
}
