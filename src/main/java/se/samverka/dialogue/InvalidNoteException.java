package se.samverka.dialogue;

import se.samverka.platform.DomainException;

/** A group note that cannot be saved as sent: no text at all, too long, or for a question not of its table's day. */
public class InvalidNoteException extends DomainException {

    public InvalidNoteException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
