package dev.reuseagent.client.apache;

import dev.reuseagent.track.WeakIdentityMap;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connection managers enforcement shares among clients of one Apache HttpClient version, one per
 * {@link ManagerKey}, and what it needs to count the connections they saved.
 *
 * <p><b>Bounded.</b> A shared manager lives as long as the JVM (the clients that use it come and go), and it holds
 * the objects of its key strongly (its socket factory holds the {@code SSLContext}). So: a key with an identity
 * part gets its shared manager only at the second build that has it (a builder given a new {@code SSLContext} per
 * request is never merged and leaves nothing behind; one that is given the same context every time shares from its
 * second client on), and there are at most {@link #MAX_MANAGERS} shared managers; beyond that builders are left
 * alone.
 *
 * <p><b>Saved connections.</b> Each client built with a shared manager gets a token; a connection opened by such a
 * client remembers its token; a later lease of that connection by a client with another token is a connection
 * the client would otherwise have opened itself.
 */
public final class SharedManagers {

    /** Shared managers per client version, at most. */
    public static final int MAX_MANAGERS = 32;
    /** Keys with an identity part seen once, remembered for their second build; least recently seen dropped. */
    static final int SEEN_ONCE = 64;

    private final Map<ManagerKey, Shared> managers = new HashMap<>();
    private final Map<ManagerKey, Boolean> seenOnce = new SeenOnce();
    /** Builders whose build() runs with a shared manager installed, with what to restore: under this lock. */
    private final Map<Object, Building> building = new java.util.IdentityHashMap<>();
    private final WeakIdentityMap<Object> clientTokens = new WeakIdentityMap<>();
    private final WeakIdentityMap<Object> openers = new WeakIdentityMap<>();
    private final WeakIdentityMap<Shared> byPool = new WeakIdentityMap<>();

    /** A shared manager, its pool as the lease hooks see it, and the words that describe it in the log. */
    public static final class Shared {
        public final Object manager;
        /** 4.5: the manager's CPool; 5.x: the manager itself. */
        public final Object pool;
        public final String effect;
        /** Responses its clients left open filled it: builders of its configuration are no longer merged. */
        volatile boolean backedOff;

        public Shared(Object manager, Object pool, String effect) {
            this.manager = manager;
            this.pool = pool;
            this.effect = effect;
        }
    }

    /** A build in progress with a shared manager installed in its builder; {@code depth} for concurrent builds. */
    public static final class Building {
        public final Shared shared;
        public final boolean previouslyShared;
        int depth = 1;

        Building(Shared shared, boolean previouslyShared) {
            this.shared = shared;
            this.previouslyShared = previouslyShared;
        }
    }

    /** The shared manager of {@code key}, or null if there is none yet. */
    public synchronized Shared get(ManagerKey key) {
        return managers.get(key);
    }

    /**
     * Whether a key without a manager may get one now: a key with an identity part only when seen before (this call
     * remembers it otherwise).
     */
    public synchronized boolean mayCreate(ManagerKey key) {
        if (!key.hasIdentities()) {
            return true;
        }
        if (seenOnce.remove(key) != null) {
            return true;
        }
        seenOnce.put(key, Boolean.TRUE);
        return false;
    }

    public synchronized boolean full() {
        return managers.size() >= MAX_MANAGERS;
    }

    /** Keeps {@code shared} for {@code key}, replacing one that was shut down. */
    public synchronized void put(ManagerKey key, Shared shared) {
        managers.put(key, shared);
        byPool.put(shared.pool, shared);
    }

    /** The shared manager whose pool is {@code pool}, or null: lock-free, on every lease while enforcing. */
    public Shared ofPool(Object pool) {
        return pool == null ? null : byPool.get(pool);
    }

    /** A build of {@code builder} is already running with a shared manager: join it (null if none is). */
    public synchronized Building join(Object builder) {
        Building b = building.get(builder);
        if (b != null) {
            b.depth++;
        }
        return b;
    }

    /** {@code builder}'s build now runs with {@code shared} installed. */
    public synchronized Building started(Object builder, Shared shared, boolean previouslyShared) {
        Building b = new Building(shared, previouslyShared);
        building.put(builder, b);
        return b;
    }

    /** One build of {@code builder} ended; true if it was the last one running, so the builder is to be restored. */
    public synchronized boolean ended(Object builder, Building b) {
        if (--b.depth > 0) {
            return false;
        }
        building.remove(builder);
        return true;
    }

    /** A client was built with a shared manager. */
    public void clientBuilt(Object client) {
        clientTokens.put(client, new Object());
    }

    /** Whether {@code client} was built with a shared manager. */
    public boolean isMerged(Object client) {
        return client != null && clientTokens.get(client) != null;
    }

    /** {@code client} opened {@code connection}; remembered if the client uses a shared manager. */
    public void opened(Object connection, Object client) {
        Object token = client == null ? null : clientTokens.get(client);
        if (token != null && connection != null) {
            openers.put(connection, token);
        }
    }

    /** {@code client} leased the idle {@code connection}: true if another client of a shared manager opened it. */
    public boolean reusedByAnother(Object connection, Object client) {
        Object opener = openers.get(connection);
        if (opener == null || client == null) {
            return false;
        }
        Object token = clientTokens.get(client);
        return token != null && token != opener;
    }

    /** An access-ordered map that forgets its least recently used key beyond {@link #SEEN_ONCE}. */
    private static final class SeenOnce extends LinkedHashMap<ManagerKey, Boolean> {
        private static final long serialVersionUID = 1L;

        SeenOnce() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<ManagerKey, Boolean> eldest) {
            return size() > SEEN_ONCE;
        }
    }
}
