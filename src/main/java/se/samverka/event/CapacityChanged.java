package se.samverka.event;

/**
 * Fired (inside the transaction) when seats of an event or one of its sessions may have grown, so
 * that waiting lists can move up. The event feature does not need to know who listens.
 */
public record CapacityChanged(Long eventId) {
}
