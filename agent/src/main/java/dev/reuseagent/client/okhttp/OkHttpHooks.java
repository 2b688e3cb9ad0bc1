package dev.reuseagent.client.okhttp;

import java.util.Collection;


/**
 * The boundary the OkHttp 3.14, 4.12 and 5.x advice calls. Every hook is static and takes JDK types only: the library's
 * own types never appear in a signature (pass {@code Object}). A hook never handles errors itself: the weaver guards
 * each advice call and counts what it throws. Until the slice has started {@code tracking} is null and every hook
 * returns at once. Hooks are named after what happened; the advice classes say where.
 */
public final class OkHttpHooks {

    private static volatile OkHttpTracking tracking;
    /** The {@code shared-pool} repair, only with {@code enforce=okhttp}: its hooks are woven only then. */
    private static volatile OkHttpSharedPool sharedPool;

    private OkHttpHooks() {
    }

    /** Wires the hooks to the tracking and, when enforcing, to the repair; called once, when the slice starts. */
    static void install(OkHttpTracking okhttpTracking, OkHttpSharedPool repair) {
        tracking = okhttpTracking;
        sharedPool = repair;
    }

    // ---- the pool: lookups, new connections, releases ----

    public static void poolMissed(Object call) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.poolMissed(OkHttpThreadState.current(), call);
        }
    }

    public static void acquired(Object connection) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.acquired(OkHttpThreadState.current(), connection);
        }
    }

    public static void coalesced() {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.coalesced(OkHttpThreadState.current());
        }
    }

    public static void planCancelled(Object rawSocket) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.planCancelled(rawSocket);
        }
    }

    public static void pooled(Object pool, Object connection) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.pooled(OkHttpThreadState.current(), pool, connection);
        }
    }

    public static void becameIdle(Object connection, boolean removed, int maxIdleConnections) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.closes.becameIdle(connection, removed, maxIdleConnections);
        }
    }

    public static void cleanupStarting(long nowNanos, long keepAliveNanos) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.closes.cleanupStarting(OkHttpThreadState.current(), nowNanos, keepAliveNanos);
        }
    }

    /** Pruning of {@code connection} starts, or ends when it is null. */
    public static void pruning(Object connection) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.closes.pruning(OkHttpThreadState.current(), connection);
        }
    }

    /** 3.x: an eviction run ({@code cleanup}, {@code evictAll}) starts. @return the pool's connections now */
    public static Object poolEvicting(Object pool, Collection<?> connections) {
        OkHttpTracking t = tracking;
        return t == null ? null : t.evictions3.before(pool, connections);
    }

    /** 3.x: the eviction run ended; {@code before} is what {@link #poolEvicting} returned. */
    public static void poolEvicted(Object pool, Object before, Collection<?> connections, boolean byCleanup) {
        OkHttpTracking t = tracking;
        if (t != null && before != null) {
            t.evictions3.after(OkHttpThreadState.current(), pool, before, connections, byCleanup);
        }
    }

    public static void leakLogged() {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.closes.leakLogged(OkHttpThreadState.current());
        }
    }

    // ---- connecting ----

    /** A new connection's TLS handshake threw, after its TCP connect: a failed connection. */
    public static void tlsFailed(Object route, Throwable thrown) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.tlsFailed(OkHttpThreadState.current(), route, thrown);
        }
    }

    public static void connectionConnected(Object rawSocket) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.connectionConnected(OkHttpThreadState.current(), rawSocket);
        }
    }

    public static void tlsStarting(Object rawSocket) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.tlsStarting(OkHttpThreadState.current(), rawSocket);
        }
    }

    // ---- exchanges ----

    public static void exchangeStarting(Object connection, Object codec, boolean multiplexed, Object pool) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.exchangeStarting(OkHttpThreadState.current(), connection, codec, multiplexed, pool);
        }
    }

    public static void responseHead(Object codec) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.responseHead(OkHttpThreadState.current(), codec);
        }
    }

    public static void interceptDone(Object response) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.closes.interceptDone(OkHttpThreadState.current(), response);
        }
    }

    // ---- retiring connections ----

    public static void retired(Object connection, long idleAtNs) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.closes.retired(OkHttpThreadState.current(), connection, idleAtNs);
        }
    }

    public static void failed(Object connection, Object call, Throwable error) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.closes.failed(OkHttpThreadState.current(), connection, call, error);
        }
    }

    public static void unhealthy(Object connection, boolean multiplexed) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.closes.unhealthy(connection, multiplexed);
        }
    }

    // ---- asynchronous calls ----

    public static void enqueued(Object call) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.enqueued(call);
        }
    }

    /** A dispatcher thread starts running {@code call}, or (null) finished it. */
    public static void asyncRunning(Object call) {
        OkHttpTracking t = tracking;
        if (t != null) {
            t.asyncRunning(OkHttpThreadState.current(), call);
        }
    }

    // ---- enforcement: the shared pool ----

    public static void builderCreated(Object builder, Object pool) {
        OkHttpSharedPool r = sharedPool;
        if (r != null) {
            r.builderCreated(builder, pool);
        }
    }

    public static void builderCopied(Object builder, Object client) {
        OkHttpSharedPool r = sharedPool;
        if (r != null) {
            r.builderCopied(builder, client);
        }
    }

    /** @return what {@link #clientBuilt} gets back, or null */
    public static Object clientBuilding(Object builder) {
        OkHttpSharedPool r = sharedPool;
        return r == null ? null : r.clientBuilding(builder);
    }

    public static void clientBuilt(Object client, Object build) {
        OkHttpSharedPool r = sharedPool;
        if (r != null) {
            r.clientBuilt(client, build);
        }
    }

    public static void sharedExchange(Object client, Object connection) {
        OkHttpSharedPool r = sharedPool;
        if (r != null) {
            r.exchangeStarting(client, connection);
        }
    }
}
