package se.samverka.accessibility.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverka.accessibility.AccessibilityFeedback;
import se.samverka.accessibility.FeedbackService;
import se.samverka.api.RateLimiter;
import se.samverka.platform.Installation;
import se.samverka.platform.Messages;
import se.samverka.web.Feedback;

/**
 * The accessibility statement ({@code /tillganglighet}) and its feedback form. The known shortcomings are the
 * bundle's {@code accessibility.known.1}, {@code .2}, ... in order (the list the lead keeps up to date). Sending is
 * limited per client address ({@code samverka.accessibility.feedback-per-minute}); a filled-in honeypot field (a
 * robot) is thanked and nothing is sent.
 */
@Named
@RequestScoped
public class StatementBacking {

    @Inject
    FeedbackService feedback;

    @Inject
    @ConfigProperty(name = "samverka.accessibility.feedback-per-minute", defaultValue = "3")
    int perMinute;

    private Installation installation;
    private final FeedbackForm form = new FeedbackForm();

    /** Sends the feedback and shows the statement again, at its own address, with a thank-you (nothing typed kept). */
    public void send() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!form.isRobot()) {
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            if (RateLimiter.take("accessibility-feedback:" + request.getRemoteAddr(), perMinute) > 0) {
                Feedback.error("accessibility.feedback.error.tooMany");
                return;
            }
            feedback.send(form.toFeedback(), locale());
        }
        Feedback.info("accessibility.feedback.sent");
        external.getFlash().setRedirect(true);
        external.redirect(external.getRequestContextPath() + "/tillganglighet");
    }

    /** The known shortcomings, in order. */
    public List<String> getKnownIssues() {
        List<String> issues = new ArrayList<>();
        for (int i = 1; ; i++) {
            String key = "accessibility.known." + i;
            String text = Messages.text(locale(), key);
            if (text.equals(key)) {
                return issues;
            }
            issues.add(text);
        }
    }

    public String getController() {
        return installation().controller().isEmpty()
                ? Messages.format(locale(), "accessibility.notConfigured", "samverka.privacy.controller")
                : installation().controller();
    }

    public String getContactEmail() {
        return installation().accessibilityEmail();
    }

    public boolean isFeedbackAccepted() {
        return installation().acceptsFeedback();
    }

    public int getMaxDescription() {
        return AccessibilityFeedback.MAX_DESCRIPTION;
    }

    private Installation installation() {
        if (installation == null) {
            installation = Installation.configured();
        }
        return installation;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public FeedbackForm getForm() {
        return form;
    }
}
