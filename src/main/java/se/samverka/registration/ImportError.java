package se.samverka.registration;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import se.samverka.platform.Messages;

/** What is wrong with one imported row (or, with no field, with the whole file); the text is a bundle key. */
public record ImportError(String field, String messageKey, List<String> arguments) implements Serializable {

    public static ImportError of(String field, String messageKey, Object... arguments) {
        return new ImportError(field, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The bundle key of the column the error is in: an answer's column is one of the event's questions. */
    public String columnKey() {
        return field != null && field.startsWith("answers.") ? "import.column.question" : "import.column." + field;
    }

    public String message(Locale locale) {
        return Messages.format(locale, messageKey, arguments.toArray());
    }
}
