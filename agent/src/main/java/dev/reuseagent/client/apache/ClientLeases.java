package dev.reuseagent.client.apache;

import dev.reuseagent.track.WeakIdentityMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What each client of a shared manager still holds: the per-request lease objects (4.5's
 * {@code ConnectionHolder}, 5.x's {@code InternalExecRuntime}) created in its requests and not yet released.
 * Closing a client that has its own manager shuts that manager down, which closes every connection the client
 * still has leased (a response never closed, or being read on another thread). A shared manager stays open, so
 * without this such a lease would keep its pool slot for good: the next requests would wait for it. The
 * enforcer closes and releases them when their client closes, as the client's own manager would have.
 *
 * <p>Clients are held weakly; a lease only until it is found released (each new lease of its client prunes the
 * released ones, so a long-lived client holds only what it has not released).
 */
final class ClientLeases {

    private final WeakIdentityMap<Set<Object>> byClient = new WeakIdentityMap<>();

    /** The leases of {@code client} (created when absent); callers synchronize on the set. */
    Set<Object> of(Object client) {
        Set<Object> leases = byClient.get(client);
        if (leases == null) {
            synchronized (this) {
                leases = byClient.get(client);
                if (leases == null) {
                    leases = Collections.newSetFromMap(new IdentityHashMap<>());
                    byClient.put(client, leases);
                }
            }
        }
        return leases;
    }

    /** Removes and returns what {@code client} holds: it is being closed. */
    List<Object> take(Object client) {
        Set<Object> leases = byClient.remove(client);
        if (leases == null) {
            return List.of();
        }
        synchronized (leases) {
            List<Object> taken = new ArrayList<>(leases);
            leases.clear();
            return taken;
        }
    }
}
