package se.samverka.dialogue;

import se.samverka.platform.DomainException;

/** A locked table keeps its people: no one is moved to or from it until the organiser unlocks it. */
public class GroupLockedException extends DomainException {

    public GroupLockedException(int number) {
        super(Kind.CONFLICT, "dialogue.error.locked", number);
    }
}
