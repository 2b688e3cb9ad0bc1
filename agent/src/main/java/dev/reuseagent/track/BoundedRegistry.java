package dev.reuseagent.track;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A map of per-key stats that never grows past its bound: keys beyond it share one "other" entry, so a job that
 * talks to millions of hosts cannot exhaust the host JVM's memory through the agent.
 */
final class BoundedRegistry<V> {

    static final String OTHER = "other";

    private final int max;
    private final ConcurrentHashMap<String, V> entries = new ConcurrentHashMap<>();
    private final V other;

    /** @param other the entry every key beyond the bound shares */
    BoundedRegistry(int max, V other) {
        this.max = max;
        this.other = other;
    }

    /** The entry of {@code key}, or null if there is none yet (it may still belong to 'other' once added). */
    V find(String key) {
        return entries.get(key);
    }

    /** The entry of {@code key}: the existing one, {@code candidate} (now added), or 'other' once full. */
    synchronized V add(String key, V candidate) {
        V existing = entries.get(key);
        if (existing != null) {
            return existing;
        }
        if (entries.size() >= max) {
            return other;
        }
        entries.put(key, candidate);
        return candidate;
    }

    V other() {
        return other;
    }

    List<V> values() {
        return new ArrayList<>(entries.values());
    }
}
