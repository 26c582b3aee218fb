package se.samverka.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The {@code messages} bundles (Swedish default, English beside it) for code outside views. */
public final class Messages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT_LOCALE = SWEDISH;
    public static final List<Locale> SUPPORTED = List.of(SWEDISH, ENGLISH);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("messages", supported(locale), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String text(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String format(Locale locale, String key, Object... arguments) {
        String pattern = text(locale, key);
        return arguments == null || arguments.length == 0 ? pattern
                : new MessageFormat(pattern, supported(locale)).format(arguments);
    }

    /** The supported locale closest to the one asked for; Swedish when none matches. */
    public static Locale supported(Locale locale) {
        if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return SWEDISH;
    }

    /** The first supported language in a list of preferences (e.g. Accept-Language), else Swedish. */
    public static Locale firstSupported(List<Locale> preferences) {
        for (Locale locale : preferences) {
            if (locale.getLanguage().equals(SWEDISH.getLanguage()) || locale.getLanguage().equals("sv")) {
                return SWEDISH;
            }
            if (locale.getLanguage().equals(ENGLISH.getLanguage())) {
                return ENGLISH;
            }
        }
        return SWEDISH;
    }
}
