package se.samverka.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * The {@link SharedMap}s of this application, by name: JCache caches of Payara Micro's Hazelcast cluster, so that
 * every instance counts together (started with {@code --nocluster} it is a cluster of one, through the same code).
 * Only when the server offers no JCache (Hazelcast switched off) are they local to this instance, with a warning.
 */
@ApplicationScoped
public class SharedMaps {

    private static final Logger LOG = Logger.getLogger(SharedMaps.class.getName());

    @Inject
    Instance<CacheManager> cacheManagers;

    private final Map<String, SharedMap> maps = new ConcurrentHashMap<>();

    /** The map {@code name}, whose entries are forgotten {@code idle} after their last change. */
    public SharedMap named(String name, Duration idle) {
        return maps.computeIfAbsent(name, key -> open(key, idle));
    }

    private SharedMap open(String name, Duration idle) {
        try {
            CacheManager manager = cacheManagers.get();
            return new CachedSharedMap(cache(manager, "samverka-" + name, idle), idle);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "No cluster-wide cache for " + name + " (" + e + "): counting on this instance"
                    + " only. With several instances, start Payara Micro with Hazelcast (without --nohazelcast).", e);
            return new LocalSharedMap(idle, Clock.systemUTC());
        }
    }

    private static Cache<String, String> cache(CacheManager manager, String name, Duration idle) {
        Cache<String, String> cache = manager.getCache(name, String.class, String.class);
        if (cache != null) {
            return cache;
        }
        MutableConfiguration<String, String> configuration = new MutableConfiguration<String, String>()
                .setTypes(String.class, String.class)
                .setStoreByValue(true)
                .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                        new javax.cache.expiry.Duration(TimeUnit.SECONDS, idle.toSeconds())));
        try {
            return manager.createCache(name, configuration);
        } catch (CacheException e) {
            Cache<String, String> created = manager.getCache(name, String.class, String.class);
            if (created == null) {
                throw e;
            }
            return created; // another instance created it at the same moment
        }
    }
}
