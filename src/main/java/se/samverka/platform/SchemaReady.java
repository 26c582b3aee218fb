package se.samverka.platform;

/**
 * Fired once at start, after the migrations ran. Observers seed what their feature needs
 * (the first account, the demo conference); use {@code @Priority} to order them.
 */
public record SchemaReady() {
}
