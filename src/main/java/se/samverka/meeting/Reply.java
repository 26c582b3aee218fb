package se.samverka.meeting;

/** A member's answer to an invitation. */
public enum Reply {
    COMING, NOT_COMING
}
