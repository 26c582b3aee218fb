package se.samverka.meeting.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import se.samverka.platform.DomainException;

/** Loading a meeting page: an unknown id answers 404, someone else's series 403, like the API. */
final class MeetingPages {

    private MeetingPages() {
    }

    /** A page parameter as an id; null (found nowhere) when it is not a whole number. */
    static Long id(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    /** The value, or null after the error status was sent. */
    static <T> T load(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (DomainException refusal) {
            FacesContext context = FacesContext.getCurrentInstance();
            ExternalContext external = context.getExternalContext();
            try {
                external.responseSendError(refusal.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404, "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
            return null;
        }
    }
}
