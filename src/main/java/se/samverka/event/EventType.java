package se.samverka.event;

/** What kind of gathering an event is. */
public enum EventType {
    CONFERENCE, WORKSHOP, NETWORK_MEETING
}
