package se.samverka.certificate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Locale;
import se.samverka.certificate.CertificateService;
import se.samverka.certificate.Qualification;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.RegistrationStatus;
import se.samverka.web.Language;

/**
 * A participant's certificate page ({@code certificate/mine.xhtml?token=}, from their private link): the
 * download when they qualify, or in words why not (yet).
 */
@Named
@RequestScoped
public class MineBacking {

    @Inject
    Language language;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    CertificateService certificates;

    private String token;
    private String eventTitle;
    private boolean available;
    private String reason;

    public void load() throws IOException {
        try {
            Registration registration = registrations.byToken(token);
            eventTitle = registration.getEvent().getTitle();
            Locale locale = language.getLocale();
            if (certificates.codeFor(registration.getId()).isPresent()) {
                available = true;
            } else if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
                reason = Messages.text(locale, "certificate.reason.noSeat");
            } else if (!certificates.mayIssue(registration.getEvent())) {
                reason = Messages.format(locale, "certificate.reason.tooEarly",
                        registration.getEvent().lastDay().start().toLocalDate().toString());
            } else {
                Qualification qualification = certificates.qualification(registration);
                available = qualification.qualifies();
                reason = available ? null
                        : Messages.format(locale, qualification.reasonKey(), qualification.reasonArguments().toArray());
            }
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getEventTitle() { return eventTitle; }
    public boolean isAvailable() { return available; }
    public String getReason() { return reason; }
}
