package kaohe.platform.command;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.Field;
import java.util.Objects;

/**
 * An aggregate cache that several instances of a service can keep on one event store: before a cached aggregate
 * is used, its version is compared with the store's last sequence number for it (one lookup on the unique
 * (aggregate, sequence) index), and an entry another instance has moved past is dropped, so the aggregate is
 * loaded again from its events. Without this, an instance would refuse a client's correct If-Match with 412, or
 * decide on state another instance has already changed.
 */
public class StoreCheckedAggregateCache implements Cache {

    /**
     * Axon's cache entry keeps the aggregate's version to itself; read once here, so an Axon upgrade that renames
     * it stops the service at start rather than letting a stale entry through.
     */
    private static final Field VERSION = versionField();

    private final Cache cached;
    private final JdbcTemplate jdbc;

    public StoreCheckedAggregateCache(Cache cached, JdbcTemplate jdbc) {
        this.cached = cached;
        this.jdbc = jdbc;
    }

    @Override
    public <K, V> V get(K key) {
        V value = cached.get(key);
        if (value == null || current(key, value)) {
            return value;
        }
        cached.remove(key);
        return null;
    }

    private boolean current(Object key, Object value) {
        Long stored = jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                key.toString());
        return value instanceof AggregateCacheEntry<?> entry && Objects.equals(version(entry), stored);
    }

    static Long version(AggregateCacheEntry<?> entry) {
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException renamed) {
            throw new IllegalStateException("Axon's AggregateCacheEntry no longer has a version field", renamed);
        }
    }

    @Override
    public void put(Object key, Object value) {
        cached.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return cached.putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key) {
        return cached.remove(key);
    }

    @Override
    public void removeAll() {
        cached.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return cached.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return cached.registerCacheEntryListener(listener);
    }
}
