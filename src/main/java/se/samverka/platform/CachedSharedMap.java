package se.samverka.platform;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.cache.Cache;

/**
 * A {@link SharedMap} on a JCache of the Payara Micro cluster (Hazelcast): an update reads the value, computes the
 * new one here and writes it only if the value is still the one it read (compare-and-set, retried when another
 * instance got there first). Only strings travel, so no class of the application has to be loaded by another
 * member. Within this instance updates of one key wait for each other, so that a rush from one address retries
 * only against the other instances.
 */
final class CachedSharedMap implements SharedMap {

    private static final int STRIPES = 64;
    private static final int MAX_ATTEMPTS = 100;

    private final Cache<String, String> cache;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    CachedSharedMap(Cache<String, String> cache) {
        this.cache = cache;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    @Override
    public String get(String key) {
        return cache.get(key);
    }

    @Override
    public <R> R update(String key, Function<String, Change<R>> change) {
        ReentrantLock lock = locks[Math.floorMod(key.hashCode(), STRIPES)];
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                String old = cache.get(key);
                Change<R> next = change.apply(old);
                if (written(key, old, next.value()) || attempt == MAX_ATTEMPTS) {
                    return next.answer();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean written(String key, String old, String value) {
        if (old == null) {
            return value == null || cache.putIfAbsent(key, value);
        }
        return value == null ? cache.remove(key, old) : cache.replace(key, old, value);
    }

    @Override
    public void remove(String key) {
        cache.remove(key);
    }
}
