package se.samverka.platform;

import java.util.function.Function;

/**
 * A map of short texts that every instance of the cluster sees alike, for small counters such as rate limits and
 * login throttling ({@link SharedMaps}). Entries are forgotten some time after their last change.
 */
public interface SharedMap {

    /** The value under {@code key}; null when there is none. */
    String get(String key);

    /**
     * Changes the value under {@code key} atomically for the whole cluster: {@code change} gets the current value
     * (null when there is none) and returns the new value (null removes it) with an answer for the caller. It may
     * be called more than once when another instance changed the value at the same moment; it must not have side
     * effects.
     */
    <R> R update(String key, Function<String, Change<R>> change);

    void remove(String key);

    /** A new value (null: none) and what {@link #update} answers. */
    record Change<R>(String value, R answer) {
    }
}
