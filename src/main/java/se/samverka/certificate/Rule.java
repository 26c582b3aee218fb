package se.samverka.certificate;

/** Who gets a certificate of attendance. */
public enum Rule {
    /** Checked in at the entrance on every day of the event (the default). */
    ALL_DAYS,
    /** Attended at least a given share of the programme's hours. */
    MIN_PERCENT
}
