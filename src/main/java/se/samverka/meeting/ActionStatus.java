package se.samverka.meeting;

/** An action item is open until someone marks it done. */
public enum ActionStatus {
    OPEN, DONE
}
