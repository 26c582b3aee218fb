package se.samverka.platform;

import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The thing asked for does not exist (or is not the caller's to see). The message names the thing in the reader's
 * language: {@code error.notFound.<what>} (e.g. {@code error.notFound.group}), or the general text.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(Kind.NOT_FOUND, null, key(what), what, String.valueOf(id));
    }

    private static String key(String what) {
        String specific = "error.notFound." + what.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        try {
            Messages.bundle(Messages.DEFAULT_LOCALE).getString(specific);
            return specific;
        } catch (MissingResourceException e) {
            return "error.notFound";
        }
    }
}
