package se.samverka.event;

/**
 * Fired (inside the transaction) when an event ({@code sessionId} null) or a session of it is created, so that
 * whoever keeps its seats can start counting. The event feature does not need to know who listens.
 */
public record SeatsOpened(Long eventId, Long sessionId) {
}
