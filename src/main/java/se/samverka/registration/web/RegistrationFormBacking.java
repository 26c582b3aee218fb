package se.samverka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.util.Faces;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.program.ProgramService;
import se.samverka.registration.DuplicateRegistrationException;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationClosedException;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.RegisterService;
import se.samverka.registration.Sector;
import se.samverka.registration.SectorService;
import se.samverka.web.Language;

/** The public registration form {@code /e/{slug}/register}, then its thank-you state. */
@Named
@ViewScoped
public class RegistrationFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    RegisterService registering;

    @Inject
    SectorService sectors;

    @Inject
    Language language;

    @Inject
    Clock clock;

    private String slug;
    private Long eventId;
    private boolean closed;
    private boolean opensLater;
    private boolean duplicate;
    private boolean linkSent;
    private ParticipationOptions options;
    private final RegistrationForm form = new RegistrationForm();
    private String token;
    private transient Event event;
    private transient Registration registration;

    public void load() throws IOException {
        event = slug == null ? null : events.visibleBySlug(slug, AdminPage.isOrganiser()).orElse(null);
        if (event == null) {
            Faces.responseSendError(404, "");
            return;
        }
        eventId = event.getId();
        LocalDateTime now = LocalDateTime.now(clock);
        closed = !event.isPublished() || !event.isRegistrationOpen(now); // an organiser previews a draft
        opensLater = closed && event.getRegistrationOpens() != null && now.isBefore(event.getRegistrationOpens());
        options = ParticipationOptions.of(event, program.sessions(eventId), registrations.questions(eventId),
                registrations.seatsTaken(eventId), language.getLocale());
        form.start(options);
    }

    public void register() {
        duplicate = false;
        linkSent = false;
        try {
            registration = registering.register(eventId, form.toRequest(options, language.getCode()), false);
            token = registration.getManageToken();
        } catch (DuplicateRegistrationException e) {
            duplicate = true;
            throw e;
        } catch (RegistrationClosedException e) {
            closed = true;
            throw e;
        }
    }

    /** Mails the link again if the address is registered; says the same either way. */
    public void resendLink() {
        registering.resendLink(eventId, form.getEmail());
        linkSent = true;
    }

    public Event getEvent() {
        if (event == null && eventId != null) {
            event = events.get(eventId);
        }
        return event;
    }

    /** The new registration once sent, else null. */
    public Registration getRegistration() {
        if (registration == null && token != null) {
            registration = registrations.byToken(token);
        }
        return registration;
    }

    public int getPositionInLine() {
        return registrations.positionInLine(getRegistration());
    }

    public String getPersonalLink() {
        return Faces.getRequestBaseURL() + "r/" + token;
    }

    public List<Sector> getSectors() {
        return sectors.all();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closed because the registration window has not opened yet. */
    public boolean isOpensLater() {
        return opensLater;
    }

    public boolean isDuplicate() {
        return duplicate;
    }

    public boolean isLinkSent() {
        return linkSent;
    }

    public ParticipationOptions getOptions() {
        return options;
    }

    public RegistrationForm getForm() {
        return form;
    }
}
