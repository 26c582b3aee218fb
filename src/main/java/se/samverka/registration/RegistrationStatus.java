package se.samverka.registration;

/** Where a registration stands. */
public enum RegistrationStatus {
    /** Waiting for an organiser's approval; holds no seat. */
    PENDING,
    /** Has a seat at the event. */
    CONFIRMED,
    /** In line for a seat; moves up when one frees. */
    WAITLISTED,
    /** Refused by an organiser. */
    DECLINED,
    /** Withdrawn by the participant or an organiser. */
    CANCELLED;

    /** Still counts as a registration: duplicates are refused, badges and lists include it. */
    public boolean isActive() {
        return this == PENDING || this == CONFIRMED || this == WAITLISTED;
    }
}
