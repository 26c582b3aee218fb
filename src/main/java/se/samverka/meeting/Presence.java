package se.samverka.meeting;

/** A member at one meeting, as the convener marked it: excused is "anmält förhinder", perhaps with a substitute. */
public enum Presence {
    PRESENT, ABSENT, EXCUSED
}
