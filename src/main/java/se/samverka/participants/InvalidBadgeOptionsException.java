package se.samverka.participants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverka.platform.DomainException;
import se.samverka.platform.Messages;

/**
 * Badge options that cannot be printed: says so as a whole, and names every field at fault with its
 * own message (the first field and its message as the exception's own, for a form).
 */
public class InvalidBadgeOptionsException extends DomainException {

    /** One field at fault: its message key and arguments. */
    public record Fault(String field, String messageKey, Object... arguments) {
    }

    private final transient List<Fault> faults;

    InvalidBadgeOptionsException(List<Fault> faults) {
        super(Kind.INVALID, faults.get(0).field(), faults.get(0).messageKey(), faults.get(0).arguments());
        this.faults = List.copyOf(faults);
    }

    @Override
    public String summary(Locale locale) {
        return Messages.text(locale, "badges.error.options");
    }

    @Override
    public Map<String, String> fieldMessages(Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        faults.forEach(f -> messages.putIfAbsent(f.field(), Messages.format(locale, f.messageKey(), f.arguments())));
        return messages;
    }

    public List<Fault> faults() {
        return faults;
    }
}
