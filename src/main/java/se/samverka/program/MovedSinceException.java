package se.samverka.program;

import se.samverka.platform.DomainException;

/**
 * An undo of a move found the session somewhere else than that move left it: it was moved or edited since (in
 * another tab, by another organiser). Putting it back would throw that later change away, so nothing is changed.
 */
public class MovedSinceException extends DomainException {

    public MovedSinceException(String sessionTitle) {
        super(Kind.CONFLICT, null, "timetable.error.movedSince", sessionTitle);
    }
}
