package se.samverka.dialogue;

import se.samverka.platform.DomainException;

/** A dialogue question that cannot be saved as given: no text, too long, or a day the event does not have. */
public class InvalidDialogueQuestionException extends DomainException {

    public InvalidDialogueQuestionException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
