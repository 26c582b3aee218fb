package se.samverka.meeting;

/** Whether a meeting takes place. */
public enum MeetingStatus {
    PLANNED, CANCELLED
}
