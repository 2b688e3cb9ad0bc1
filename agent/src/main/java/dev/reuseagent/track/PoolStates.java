package dev.reuseagent.track;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-pool, per-origin memory reason inference reads, one {@link PoolOriginState} per pool id and origin.
 * Bounded: an application that creates a pool (or SSL factory) per request would otherwise grow it forever.
 */
final class PoolStates {

    /** Bounds pool memory when an application creates a pool (or SSL factory) per request. */
    static final int MAX = 10_000;

    /** Per client: how long its pools keep any idle connection at least, in nanoseconds; absent means 0. */
    private final Map<String, Long> shortestIdleExpiry = new ConcurrentHashMap<>();

    /** Access-ordered, so that the pools not used for longest are the first candidates for eviction. */
    private final LinkedHashMap<String, PoolOriginState> pools = new LinkedHashMap<>(64, 0.75f, true);

    /** The state of {@code poolId}'s connections to the origin of {@code stats}, created on first use. */
    PoolOriginState of(String poolId, OriginStats stats) {
        String key = poolId + " " + stats.label();
        synchronized (pools) {
            PoolOriginState pool = pools.get(key);
            if (pool == null) {
                pool = new PoolOriginState(poolId, stats);
                pools.put(key, pool);
                if (pools.size() > MAX) {
                    evictOneIdlePool();
                }
            }
            return pool;
        }
    }

    /** No pool of {@code client} expires an idle connection sooner than {@code nanos}. */
    void idleExpiresAfterAtLeast(String client, long nanos) {
        shortestIdleExpiry.put(client, nanos);
    }

    /** The shortest idle timeout of {@code client}'s pools, in nanoseconds; 0 when unknown. */
    long shortestIdleExpiry(String client) {
        Long expiry = shortestIdleExpiry.get(client);
        return expiry == null ? 0 : expiry;
    }

    /** Forgets the least recently used pool that has no live connection (at worst a later new-client). */
    private void evictOneIdlePool() {
        for (Iterator<PoolOriginState> it = pools.values().iterator(); it.hasNext(); ) {
            PoolOriginState candidate = it.next();
            boolean idle;
            synchronized (candidate) {
                idle = candidate.live.isEmpty();
            }
            if (idle) {
                it.remove();
                return;
            }
        }
    }

    /** Every live connection of every pool, copied. */
    List<ConnectionRecord> live() {
        List<PoolOriginState> all;
        synchronized (pools) {
            all = new ArrayList<>(pools.values());
        }
        List<ConnectionRecord> live = new ArrayList<>();
        for (PoolOriginState pool : all) {
            synchronized (pool) {
                live.addAll(pool.live);
            }
        }
        return live;
    }

    /** How many pool states are remembered (bounded by {@link #MAX}). */
    int size() {
        synchronized (pools) {
            return pools.size();
        }
    }
}
