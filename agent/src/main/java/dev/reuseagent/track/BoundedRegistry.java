package dev.reuseagent.track;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A map of per-key stats that never grows past its bound: keys beyond it share one "other" entry, so a job that
 * talks to millions of hosts cannot exhaust the host JVM's memory through the agent.
 */
final class BoundedRegistry<V> {

    static final String OTHER = "other";

    private final int max;
    private final Function<String, V> factory;
    private final ConcurrentHashMap<String, V> entries = new ConcurrentHashMap<>();
    private final V other;

    BoundedRegistry(int max, Function<String, V> factory) {
        this.max = max;
        this.factory = factory;
        this.other = factory.apply(OTHER);
    }

    V get(String key) {
        return get(key, () -> factory.apply(key));
    }

    V get(String key, Supplier<V> create) {
        V existing = entries.get(key);
        if (existing != null) {
            return existing;
        }
        synchronized (this) {
            existing = entries.get(key);
            if (existing != null) {
                return existing;
            }
            if (entries.size() >= max) {
                return other;
            }
            V created = create.get();
            entries.put(key, created);
            return created;
        }
    }

    V other() {
        return other;
    }

    List<V> values() {
        return new ArrayList<>(entries.values());
    }
}
