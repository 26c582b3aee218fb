package se.samverka.registration.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Locale;
import se.samverka.platform.DomainException;
import se.samverka.platform.NotFoundException;
import se.samverka.security.Role;
import se.samverka.web.Language;

/**
 * Guards of the registration admin pages. {@code /admin/*} lets organisers and staff in; staff may
 * look, but only organisers change registrations, questions and policies.
 */
final class AdminPage {

    private AdminPage() {
    }

    static boolean isOrganiser() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ORGANISER_NAME);
    }

    /** For actions: refuses a staff member (shown as an error message on the page). */
    static void requireOrganiser() {
        if (!isOrganiser()) {
            throw new OrganiserOnlyException();
        }
    }

    /** For view actions of organiser-only pages: answers 403 to staff. */
    static boolean allowOrganiserOnly() throws IOException {
        if (!isOrganiser()) {
            send(403);
            return false;
        }
        return true;
    }

    /** Answers with the error page for this status (404 for an unknown event). */
    static void send(int status) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (!context.getResponseComplete()) {
            external.responseSendError(status, "");
            context.responseComplete();
        }
    }

    /**
     * The id a row button sends as a request parameter ({@code <f:param>}): a row index could name
     * another registration once the list has been refreshed.
     */
    static Long idParameter(String name) {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException(name, id);
        }
    }

    /** The viewer's language (the view root's locale is not yet set while view actions run). */
    static Locale locale() {
        return CDI.current().select(Language.class).get().getLocale();
    }

    /** Only an organiser may do this. */
    static class OrganiserOnlyException extends DomainException {
        OrganiserOnlyException() {
            super(Kind.FORBIDDEN, "registrationAdmin.error.organiserOnly");
        }
    }
}
