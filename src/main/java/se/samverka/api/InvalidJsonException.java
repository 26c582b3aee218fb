package se.samverka.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverka.platform.DomainException;
import se.samverka.platform.Messages;

/** A JSON body whose values have the wrong types or shapes: one entry per field at fault, nothing saved. */
public class InvalidJsonException extends DomainException {

    /** One field at fault: its JSON path ({@code days[1]}, {@code answers.12}) and what is wrong. */
    public record Fault(String field, String messageKey, Object... arguments) {
    }

    private final transient List<Fault> faults;

    public InvalidJsonException(List<Fault> faults) {
        super(Kind.INVALID, faults.get(0).field(), "error.validation");
        this.faults = List.copyOf(faults);
    }

    public List<Fault> faults() {
        return faults;
    }

    @Override
    public String summary(Locale locale) {
        return Messages.text(locale, "error.validation");
    }

    @Override
    public Map<String, String> fieldMessages(Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Fault fault : faults) {
            messages.putIfAbsent(fault.field(), Messages.format(locale, fault.messageKey(), fault.arguments()));
        }
        return messages;
    }
}
