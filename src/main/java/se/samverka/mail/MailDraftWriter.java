package se.samverka.mail;

import java.util.List;
import java.util.Optional;

/**
 * Writes the mail of a {@link MailDraft} when it is delivered, from the data as it is then; a CDI bean of the
 * feature that queued the draft (the outbox finds every writer, so that {@code mail} depends on no feature).
 * It runs in the delivery's transaction: read with the entity manager, and throw nothing for a subject
 * that is gone, return empty instead.
 */
public interface MailDraftWriter {

    /** Whether this writer writes drafts of that kind. */
    boolean writes(String kind);

    /**
     * Called once a delivery round, before {@link #write} for each, with all of this writer's drafts of the round:
     * the place to read what they need in a few statements rather than a few each. Does nothing by default.
     */
    default void prepare(List<MailDraft> drafts) {
    }

    /**
     * The mail, with recipient, subject, text and any attachments (its reference is the draft's); empty when
     * there is nothing to tell any more (the registration is gone or anonymised): the draft is then dropped.
     */
    Optional<Mail> write(MailDraft draft);
}
