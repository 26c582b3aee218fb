package se.samverka.dialogue;

import se.samverka.platform.DomainException;

/** A scribe link that leads to no table: mistyped, cut short, or never made. A plain 404 that reveals nothing. */
public class UnknownTableLinkException extends DomainException {

    public UnknownTableLinkException() {
        super(Kind.NOT_FOUND, "groupNotes.error.unknownLink");
    }
}
