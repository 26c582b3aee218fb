package se.samverka.messages;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders an organiser may write in a message, in Swedish or English: {@code {förnamn}} /
 * {@code {firstName}}, {@code {efternamn}} / {@code {lastName}}, {@code {evenemang}} / {@code {event}} and
 * {@code {länk}} / {@code {manageLink}} (the person's own link to see, change or cancel their registration).
 * Anything else in braces is refused before sending, so that no one receives a literal "{förnman}".
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,30})}");
    private static final Map<String, String> NAMES = Map.of(
            "förnamn", "firstName", "firstName", "firstName",
            "efternamn", "lastName", "lastName", "lastName",
            "evenemang", "event", "event", "event",
            "länk", "manageLink", "manageLink", "manageLink");

    private Placeholders() {
    }

    /** Refuses a placeholder that is not one of the known ones. */
    static void check(String text, String field) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!NAMES.containsKey(matcher.group(1))) {
                throw new InvalidMessageException(field, "messages.error.unknownPlaceholder", matcher.group());
            }
        }
    }

    /**
     * A subject may not carry the private link: the outbox shows subjects to staff as they are, and only the
     * text's links are masked there.
     */
    static void checkSubject(String subject) {
        check(subject, "subject");
        Matcher matcher = PLACEHOLDER.matcher(subject);
        while (matcher.find()) {
            if ("manageLink".equals(NAMES.get(matcher.group(1)))) {
                throw new InvalidMessageException("subject", "messages.error.linkInSubject", matcher.group());
            }
        }
    }

    /** The text with each placeholder replaced by the value of its name ({@code firstName}, ...). */
    public static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = NAMES.get(matcher.group(1));
            String value = name == null ? matcher.group() : values.getOrDefault(name, "");
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
