package se.samverka.accessibility;

import se.samverka.platform.EmailAddresses;

/**
 * A report of an accessibility problem, or a request for an accessible alternative, from the statement's form.
 * Only the description is required; a name and an e-mail address let the installation answer. Values are trimmed;
 * blank ones count as not given.
 *
 * @param name        who writes, or empty
 * @param email       where to answer, or empty
 * @param page        the page or address concerned, or empty
 * @param description what the problem is or what is asked for
 */
public record AccessibilityFeedback(String name, String email, String page, String description) {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PAGE = 500;
    public static final int MAX_DESCRIPTION = 4000;

    public AccessibilityFeedback {
        name = clean(name);
        email = clean(email);
        page = clean(page);
        description = description == null ? "" : description.strip();
    }

    /** Refuses feedback that cannot be sent as given, naming the field at fault; the first fault found. */
    public AccessibilityFeedback validated() {
        if (description.isEmpty()) {
            throw new InvalidFeedbackException("description", "accessibility.feedback.error.descriptionRequired");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidFeedbackException("description", "accessibility.feedback.error.descriptionTooLong",
                    MAX_DESCRIPTION);
        }
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EmailAddresses.isPlausible(email))) {
            throw new InvalidFeedbackException("email", "accessibility.feedback.error.email");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidFeedbackException("name", "accessibility.feedback.error.tooLong", MAX_NAME);
        }
        if (page.length() > MAX_PAGE) {
            throw new InvalidFeedbackException("page", "accessibility.feedback.error.tooLong", MAX_PAGE);
        }
        return this;
    }

    /** One line: line breaks and other control characters become spaces. */
    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
