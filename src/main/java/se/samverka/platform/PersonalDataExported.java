package se.samverka.platform;

/**
 * A CDI event for an export of personal data that does not pass through a JAX-RS method marked
 * {@link PersonalDataExport} (a servlet handing over a finished file): the export log in {@code se.samverka.privacy}
 * observes it, so that the feature need not know the log. {@code filter} must hold no e-mail address or name.
 */
public record PersonalDataExported(String by, Long eventId, String what, String filter) {
}
