package se.samverka.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;

/**
 * A {@link SharedMap} on a JCache of the Payara Micro cluster (Hazelcast): an update reads the value, computes the
 * new one here and writes it only if the value is still the one it read (compare-and-set, retried when another
 * instance got there first). Only strings travel, so no class of the application has to be loaded by another
 * member. Within this instance updates of one key wait for each other, so that a rush from one address retries
 * only against the other instances. When the cache fails (the cluster is splitting or stopping), this instance counts
 * on its own until it answers again, rather than failing the request.
 */
final class CachedSharedMap implements SharedMap {

    private static final int STRIPES = 64;
    private static final int MAX_ATTEMPTS = 100;

    private static final Logger LOG = Logger.getLogger(CachedSharedMap.class.getName());
    private static final long WARN_EVERY_MILLIS = Duration.ofMinutes(1).toMillis();

    private final Cache<String, String> cache;
    private final SharedMap local;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final AtomicLong warnedAt = new AtomicLong();

    CachedSharedMap(Cache<String, String> cache, Duration idle) {
        this.cache = cache;
        this.local = new LocalSharedMap(idle, Clock.systemUTC());
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    @Override
    public String get(String key) {
        try {
            return cache.get(key);
        } catch (RuntimeException e) {
            failed(e);
            return local.get(key);
        }
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
        } catch (RuntimeException e) {
            failed(e);
            return local.update(key, change);
        } finally {
            lock.unlock();
        }
    }

    private void failed(RuntimeException e) {
        long now = System.currentTimeMillis();
        long last = warnedAt.get();
        if (now - last > WARN_EVERY_MILLIS && warnedAt.compareAndSet(last, now)) {
            LOG.log(Level.WARNING, "The cluster-wide cache failed; counting on this instance alone meanwhile", e);
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
        local.remove(key);
        try {
            cache.remove(key);
        } catch (RuntimeException e) {
            failed(e);
        }
    }
}
