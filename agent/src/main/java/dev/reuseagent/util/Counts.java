package dev.reuseagent.util;

import java.util.Map;

/**
 * Counters kept in maps, without {@code merge(key, 1L, Long::sum)}: the agent's code is lambda-free, because a
 * JVM's first lambda costs its cold start tens of milliseconds (and the agent runs in every JVM). Callers hold
 * the map's lock.
 */
public final class Counts {

    private Counts() {
    }

    public static <K> void increment(Map<K, Long> counts, K key) {
        Long count = counts.get(key);
        counts.put(key, count == null ? 1L : count + 1);
    }

    /** Adds {@code amount} to the key's count. */
    public static <K> void add(Map<K, Long> counts, K key, long amount) {
        Long count = counts.get(key);
        counts.put(key, count == null ? amount : count + amount);
    }

    /** Adds every count of {@code more}. */
    public static <K> void addAll(Map<K, Long> counts, Map<K, Long> more) {
        for (Map.Entry<K, Long> e : more.entrySet()) {
            add(counts, e.getKey(), e.getValue());
        }
    }

    /** Counts one less; a count that reaches zero is removed. */
    public static <K> void decrement(Map<K, Long> counts, K key) {
        Long count = counts.get(key);
        if (count != null) {
            if (count <= 1) {
                counts.remove(key);
            } else {
                counts.put(key, count - 1);
            }
        }
    }
}
