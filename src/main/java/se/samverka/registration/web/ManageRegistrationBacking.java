package se.samverka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.registration.Registration;
import se.samverka.registration.CancelService;
import se.samverka.registration.ChangeService;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/** The participant's own page {@code /r/{token}}: see, change or cancel the registration. */
@Named
@ViewScoped
public class ManageRegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    ChangeService changes;

    @Inject
    CancelService cancellations;

    @Inject
    ProgramService program;

    @Inject
    Language language;

    private String token;
    private ParticipationOptions options;
    private ParticipationForm form;
    private int positionInLine;
    private boolean askingToCancel;
    private transient Registration registration;

    public void load() throws IOException {
        try {
            show(registrations.byToken(token));
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "");
        }
    }

    public void save() {
        show(changes.change(token, form.toChange(options)));
        Feedback.info("myRegistration.saved");
    }

    public void askToCancel() {
        askingToCancel = true;
    }

    public void keep() {
        askingToCancel = false;
    }

    public void cancel() {
        show(cancellations.cancel(token));
        askingToCancel = false;
    }

    private void show(Registration shown) {
        registration = shown;
        positionInLine = registrations.positionInLine(shown);
        Long eventId = shown.getEvent().getId();
        options = ParticipationOptions.of(shown.getEvent(), program.sessions(eventId), registrations.questions(eventId),
                registrations.seatsTaken(eventId), language.getLocale());
        form = new ParticipationForm();
        form.fill(shown, options);
    }

    public Registration getRegistration() {
        if (registration == null && token != null) {
            registration = registrations.byToken(token);
        }
        return registration;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ParticipationOptions getOptions() {
        return options;
    }

    public ParticipationForm getForm() {
        return form;
    }

    public int getPositionInLine() {
        return positionInLine;
    }

    public boolean isAskingToCancel() {
        return askingToCancel;
    }
}
