package se.samverka.messages;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import se.samverka.platform.Text;

/** A message as the organiser writes it: subject and body with placeholders, and who it goes to. */
@JsonbPropertyOrder({"subject", "body", "filter"})
public record MessageDraft(String subject, String body, MessageFilter filter) {

    /** Checks the texts (required, length, no control characters) and the placeholders; returns the clean draft. */
    MessageDraft checked() {
        String cleanSubject = Text.oneLine(subject, "subject", EventMessage.SUBJECT_MAX);
        String cleanBody = Text.multiLine(body, "body", EventMessage.BODY_MAX);
        if (cleanSubject == null || cleanSubject.isEmpty()) {
            throw new InvalidMessageException("subject", "messages.error.subjectRequired");
        }
        if (cleanBody == null || cleanBody.isBlank()) {
            throw new InvalidMessageException("body", "messages.error.bodyRequired");
        }
        Placeholders.checkSubject(cleanSubject);
        Placeholders.check(cleanBody, "body");
        boolean noOne = filter != null && filter.ids() != null
                && (filter.ids().isEmpty() || filter.ids().stream().anyMatch(java.util.Objects::isNull));
        if (noOne) {
            throw new InvalidMessageException("filter.ids", "messages.error.nobody");
        }
        return new MessageDraft(cleanSubject, cleanBody, filter == null ? MessageFilter.everyone() : filter);
    }
}
