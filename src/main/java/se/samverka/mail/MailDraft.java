package se.samverka.mail;

/**
 * A mail to be written when it is delivered, not in the transaction that asked for it: what kind of mail
 * ({@code registration.confirmed}), about what (the registration's id) and any detail the writer needs to
 * say what happened then (e.g. the workshops someone moved up into). The outbox keeps the recipient and
 * the reference at once, so that staff pages, counts, extracts and erasure find the mail before it is
 * written. A {@link MailDraftWriter} that {@linkplain MailDraftWriter#writes writes} the kind turns it
 * into a {@link Mail} at delivery.
 *
 * @param to the recipient's address as it is now
 * @param kind at most 60 characters, e.g. {@code registration.promotedToWorkshop}
 * @param subjectId the id of what the mail is about, e.g. a registration's
 * @param detail optional, at most 1000 characters (e.g. {@code 12,15}), or null
 * @param reference as {@link Mail#reference()}, e.g. {@code registration:123}
 */
public record MailDraft(String to, String kind, long subjectId, String detail, String reference) {
}
