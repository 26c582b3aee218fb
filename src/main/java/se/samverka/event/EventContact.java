package se.samverka.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samverka.platform.Messages;

/**
 * The organiser's contact as a mail prints it, in the reader's language: "Frågor? Kontakta arrangören: Anna
 * Berg, anna@degerfors.example, tfn 0586-480 00". Every mail about an event ends with it; an event without a
 * contact gives nothing, so the mail has no empty line or dangling label.
 */
public final class EventContact {

    private EventContact() {
    }

    /** The contact line, or empty when the event names no contact. */
    public static Optional<String> line(Event event, Locale locale) {
        if (event == null || !event.hasContact()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        addIfGiven(parts, event.getContactName());
        addIfGiven(parts, event.getContactEmail());
        if (isGiven(event.getContactPhone())) {
            parts.add(Messages.format(locale, "mail.contact.phone", event.getContactPhone().strip()));
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(Messages.format(locale, "mail.contact", String.join(", ", parts)));
    }

    private static void addIfGiven(List<String> parts, String value) {
        if (isGiven(value)) {
            parts.add(value.strip());
        }
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }
}
