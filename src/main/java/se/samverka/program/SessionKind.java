package se.samverka.program;

/** The kinds of item on a programme. */
public enum SessionKind {
    TALK, WORKSHOP, PANEL, DIALOGUE, BREAK;

    /** Only workshops take a limited number of seats of their own. */
    public boolean hasOwnSeats() {
        return this == WORKSHOP;
    }
}
