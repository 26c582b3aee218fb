package se.samverka.privacy;

/** Why something was removed: by the rule (the nightly job, or the organiser running what
 * was due), by hand, or by erasure. */
public enum RetentionCause {
    /** The configured or overridden period had passed. */
    RULE,
    /** An organiser ran retention early for one event. */
    MANUAL,
    /** A person's data was erased at their request (through their private link) or by an organiser. */
    ERASURE;

    /** Who is written as {@code ranBy} when the person erased their own data through their private link. */
    public static final String BY_PARTICIPANT = "participant";
}
