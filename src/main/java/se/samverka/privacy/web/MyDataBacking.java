package se.samverka.privacy.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import se.samverka.platform.NotFoundException;
import se.samverka.privacy.Erasure;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.web.Feedback;

/**
 * "Your data" on the participant's private page ({@code WEB-INF/includes/privacy/my-data.xhtml}, included by
 * {@code registration/manage.xhtml}): links to the extract (JSON, PDF) and, after the event, erasure with a
 * confirmation. Reads the page's token from the request itself, so that the registration pages need not know privacy.
 */
@Named
@ViewScoped
public class MyDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    Erasure erasure;

    @Inject
    Clock clock;

    private String token;
    private LocalDate lastDay;
    private boolean asking;

    /** The page's token, read once per view (null when the link is unknown). */
    public String getToken() {
        if (token == null) {
            String given = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
            try {
                Registration registration = registrations.byToken(given);
                lastDay = registration.getEvent().getEndDate();
                token = given;
            } catch (NotFoundException e) {
                return null;
            }
        }
        return token;
    }

    /** Whether the event's last day is over, so that erasure is possible (before it, cancelling is the way). */
    public boolean isAfterEvent() {
        return getToken() != null && LocalDate.now(clock).isAfter(lastDay);
    }

    public boolean isAsking() {
        return asking;
    }

    public void ask() {
        asking = true;
    }

    public void keep() {
        asking = false;
    }

    /** Erases at once and leaves the page, whose link is dead from now on. */
    public String erase() {
        erasure.byParticipant(getToken());
        Feedback.info("privacy.mine.erased");
        return "/index.xhtml?faces-redirect=true";
    }
}
