package se.samverka.privacy;

/** Why something was removed: by the rule (the nightly job, or the organiser running what was due) or by hand. */
public enum RetentionCause {
    /** The configured or overridden period had passed. */
    RULE,
    /** An organiser ran retention early for one event. */
    MANUAL
}
