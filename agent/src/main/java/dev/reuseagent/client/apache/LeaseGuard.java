package dev.reuseagent.client.apache;

import dev.reuseagent.track.WeakIdentityMap;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps a shared manager's pool from being held by leases that their own manager would have freed. A lease is a
 * request's hold on a pooled connection (4.5's {@code ConnectionHolder}, 5.x's {@code InternalExecRuntime}); it
 * ends when the response is read to the end or closed. With a manager of its own, a client that is closed (or
 * garbage-collected: 4.5's manager shuts down in its finalizer, 5.x's connections are collected with it) frees
 * whatever it still held. A shared manager stays open, so:
 *
 * <ul>
 *   <li>when a client of a shared manager is closed, the leases it still holds are closed and released, as its
 *       own manager's shutdown would have done (a response read after its client was closed then fails as
 *       before);</li>
 *   <li>when such a client is garbage-collected, the same;</li>
 *   <li>a lease that its thread left open when it went on to another request (a response never closed from a
 *       client never closed) is a stray: if a lease on the shared pool finds the route (or the pool) full, the
 *       strays of that pool are closed and released so that the request does not wait for them, and the
 *       configuration backs off (its later builders keep a manager each).</li>
 * </ul>
 */
final class LeaseGuard {

    /** Strays kept at most; the oldest is forgotten beyond (its client's close or collection still frees it). */
    static final int MAX_STRAYS = 256;

    private final ApacheEnforcer enforcer;
    private final WeakIdentityMap<Set<Object>> byClient = new WeakIdentityMap<>(new Collected());
    private final Set<Object> strays = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile int strayCount;

    LeaseGuard(ApacheEnforcer enforcer) {
        this.enforcer = enforcer;
    }

    /** A lease of a client of a shared manager was created on this thread. */
    void created(ApacheThreadState state, Object client, Object lease) throws ReflectiveOperationException {
        Object previous = state.lastLease == null ? null : state.lastLease.get();
        state.lastLease = new WeakReference<>(lease);
        if (previous != null && previous != lease && !enforcer.isReleased(previous)) {
            stray(previous);
        }
        Set<Object> held = of(client);
        synchronized (held) {
            for (Iterator<Object> it = held.iterator(); it.hasNext(); ) {
                if (enforcer.isReleased(it.next())) {
                    it.remove();
                }
            }
            held.add(lease);
        }
    }

    /** {@code client} is being closed: what it still holds is closed and released. */
    void closing(Object client) {
        Set<Object> held = byClient.remove(client);
        if (held != null) {
            abandon(copy(held));
        }
    }

    /**
     * A lease on the shared pool {@code shared} starts for {@code route}: if the route or the pool is full and
     * strays hold part of it, they are released now (before the pool is locked) and the configuration backs off.
     */
    void leaseStarting(SharedManagers.Shared shared, Object route) throws ReflectiveOperationException {
        if (strayCount == 0 || !PoolLimits.isFull(shared.pool, route)) {
            return;
        }
        List<Object> mine = new ArrayList<>();
        synchronized (strays) {
            for (Iterator<Object> it = strays.iterator(); it.hasNext(); ) {
                Object lease = it.next();
                if (enforcer.isReleased(lease)) {
                    it.remove();
                } else if (Reflection.get(lease, "manager") == shared.manager) {
                    mine.add(lease);
                    it.remove();
                }
            }
            strayCount = strays.size();
        }
        if (!mine.isEmpty()) {
            shared.backedOff = true;
            enforcer.enforcement.notApplied(ApacheEnforcer.SHARED_MANAGER, "responses left open (never read nor "
                    + "closed, from clients never closed) filled a shared pool: they were closed, and builders of "
                    + "that configuration keep a manager each from now on");
            abandon(mine);
        }
    }

    private void stray(Object lease) {
        synchronized (strays) {
            if (strays.size() >= MAX_STRAYS) {
                Iterator<Object> oldest = strays.iterator();
                oldest.next();
                oldest.remove();
            }
            strays.add(lease);
            strayCount = strays.size();
        }
    }

    private Set<Object> of(Object client) {
        Set<Object> held = byClient.get(client);
        if (held == null) {
            synchronized (this) {
                held = byClient.get(client);
                if (held == null) {
                    held = Collections.newSetFromMap(new IdentityHashMap<>());
                    byClient.put(client, held);
                }
            }
        }
        return held;
    }

    private static List<Object> copy(Set<Object> held) {
        synchronized (held) {
            List<Object> copy = new ArrayList<>(held);
            held.clear();
            return copy;
        }
    }

    private void abandon(List<Object> leases) {
        for (Object lease : leases) {
            try {
                if (!enforcer.isReleased(lease)) {
                    enforcer.abandon(lease);
                }
            } catch (Exception e) {
                enforcer.enforcement.notApplied(ApacheEnforcer.SHARED_MANAGER,
                        "cannot release a connection a client of a shared manager held (" + e + ")");
            }
        }
    }

    /** A client of a shared manager was garbage-collected: what it still held is released. */
    private final class Collected implements Consumer<Set<Object>> {
        @Override
        public void accept(Set<Object> held) {
            abandon(copy(held));
        }
    }
}
