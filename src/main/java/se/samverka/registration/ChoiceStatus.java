package se.samverka.registration;

/** Whether a chosen workshop has a seat for the participant or is waiting for one. */
public enum ChoiceStatus {
    CONFIRMED, WAITLISTED
}
