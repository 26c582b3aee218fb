package se.samverka.dialogue.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import se.samverka.platform.DomainException;
import se.samverka.platform.NotFoundException;
import se.samverka.security.Role;

/** Loading the dialogue's pages: an unknown event, day or table answers 404; staff on an organiser's page 403. */
final class DialoguePages {

    private DialoguePages() {
    }

    /** The value, or null after the error status was sent (404 for any refusal: it reveals nothing). */
    static <T> T load(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (DomainException refusal) {
            send(404);
            return null;
        }
    }

    /** For view actions of organiser-only pages: answers 403 to anyone else. */
    static boolean organiserOnly() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ORGANISER_NAME)) {
            send(403);
            return false;
        }
        return true;
    }

    /** The id a row button sends as a request parameter ({@code <f:param>}), not a row index that may have moved. */
    static Long idParameter(String name) {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException(name, id);
        }
    }

    private static void send(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (!context.getResponseComplete()) {
            try {
                external.responseSendError(status, "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
