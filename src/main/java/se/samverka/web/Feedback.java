package se.samverka.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import se.samverka.platform.Messages;

/** Short confirmations on the page, in the viewer's language, kept across a redirect. */
public final class Feedback {

    private Feedback() {
    }

    public static void info(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Messages.format(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Messages.format(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }
}
