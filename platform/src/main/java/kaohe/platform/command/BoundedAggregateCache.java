package kaohe.platform.command;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps the most recently used aggregates in memory so a command does not replay an aggregate's whole stream
 * from PostgreSQL. Bounded and strongly referenced (unlike Axon's weak-reference cache, which a young
 * collection empties); the least recently used entry is evicted first. A stale entry can never win a write:
 * the event table's unique (aggregate, sequence) key refuses the append, and Axon drops the entry. It trusts that
 * no one else writes this store's aggregates: several instances of a service wrap it in a
 * {@link StoreCheckedAggregateCache} or go without.
 */
public class BoundedAggregateCache implements Cache {

    private final int capacity;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Object, Object> entries;

    public BoundedAggregateCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value != null) {
            notify(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public synchronized void put(Object key, Object value) {
        boolean existed = entries.put(key, value) != null;
        notify(listener -> {
            if (existed) {
                listener.onEntryUpdated(key, value);
            } else {
                listener.onEntryCreated(key, value);
            }
        });
        evictBeyondCapacity();
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public synchronized boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            notify(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public synchronized void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void evictBeyondCapacity() {
        var oldest = entries.keySet().iterator();
        while (entries.size() > capacity && oldest.hasNext()) {
            Object key = oldest.next();
            oldest.remove();
            notify(listener -> listener.onEntryExpired(key));
        }
    }

    private void notify(Consumer<EntryListener> event) {
        listeners.forEach(event);
    }
}
