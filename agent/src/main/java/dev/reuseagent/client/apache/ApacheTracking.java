package dev.reuseagent.client.apache;

import dev.reuseagent.client.apache.ApacheCallers.Caller;
import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportTracker;

import java.util.List;

/**
 * What Apache HttpClient 4.5 and 5.x have in common for the tracker: a pool (one per connection manager) that
 * leases a connection per request, queues requests at its per-route or total limit, hands out idle connections
 * or creates new ones, and closes them for causes read from the caller's stack.
 *
 * <p>A lease that is not served by the thread's previous connection moves on from it: if that one is still
 * leased with its response delivered (never closed, body never read), it is abandoned and every connection
 * opened because of it is {@code body-not-consumed}.
 */
public abstract class ApacheTracking {

    protected final ConnectionTracker tracker;
    protected final TransportTracker transport;
    protected final boolean attached;
    private final String client;
    /** A short, stable name per pool: the first pool is {@code apache5 pool#1}. */
    private final ObjectNames poolNames;
    /** Why a connection will close, decided before it does (the reuse decision after its exchange). */
    private final WeakIdentityMap<CloseCause> pendingCauses = new WeakIdentityMap<>();
    /** The enforcement repairs when {@code enforce=apache}, else null: told of new and reused connections. */
    private volatile ApacheEnforcer enforcer;

    protected ApacheTracking(ConnectionTracker tracker, TransportTracker transport, boolean attached, String client) {
        this.tracker = tracker;
        this.transport = transport;
        this.attached = attached;
        this.client = client;
        this.poolNames = new ObjectNames(client + " pool");
    }

    /** Enforcing: {@code enforcer} hears of every connection opened and reused from now on. */
    public void enforceWith(ApacheEnforcer apacheEnforcer) {
        this.enforcer = apacheEnforcer;
    }

    /** A lease for {@code route} starts on this pool. */
    protected void startLease(ApacheThreadState state, Object pool, Object route) {
        state.thread.lastConnect = null;
        state.leaseRoute = route;
        state.leasePool = pool;
        state.queuedNanos = 0;
        state.missNanos = 0;
        state.reuseRefusedByApplication = false;
        ApacheEnforcer e = enforcer;
        if (e != null) {
            e.leaseStarting(pool, route);
        }
    }

    /** The lease in progress on this thread queued: the pool is at its limit for the route (or in total). */
    public void queued(ApacheThreadState state) {
        if (state.leaseRoute != null && state.queuedNanos == 0) {
            state.queuedNanos = System.nanoTime();
            movedOn(state);
        }
    }

    /**
     * This thread's request will not run on the connection it used last (the pool missed, queued, or handed out
     * another one): if that connection is still leased by this thread with its response delivered, it was
     * abandoned. Once released, another thread may have leased it: busy there, it is not abandoned. Not called
     * when the same connection is handed out again, so the ordinary reuse path takes no extra lock.
     */
    protected void movedOn(ApacheThreadState state) {
        ConnectionRecord previous = state.lastRecord;
        if (previous != null) {
            state.lastRecord = null;
            tracker.movedOn(previous, state.thread.threadId);
        }
    }

    /** The lease in progress ended (with a connection, or not); counts its wait if it queued. */
    protected void endLease(ApacheThreadState state, boolean timedOut) {
        if (state.queuedNanos != 0 && state.leaseRoute != null) {
            Origin origin = ApacheRoutes.origin(state.leaseRoute);
            if (origin != null) {
                tracker.leaseWaited(origin, System.nanoTime() - state.queuedNanos, timedOut, transport.site());
            }
        }
        ApacheEnforcer e = enforcer;
        if (e != null && timedOut) {
            e.leaseTimedOut(state.leasePool);
        }
        state.leaseRoute = null;
        state.leasePool = null;
    }

    /** The pool's id for the tracker; looked up only when a connection is opened or adopted. */
    protected String poolId(Object pool) {
        return poolNames.nameOf(pool);
    }

    /** A new connection {@code key} is established; claims this thread's TCP connect (and TLS handshake). */
    protected ConnectionRecord opened(ApacheThreadState state, Object key, Origin origin, String poolId, long missNanos) {
        TransportConnect connect = state.thread.lastConnect;
        String site = connect != null ? connect.site() : transport.site();
        ConnectionRecord record = tracker.opened(key, client, origin, poolId, missNanos,
                connect == null ? 0 : connect.connectNanos(), site, state.thread.threadId);
        if (connect != null && record != null) {
            transport.attribute(connect, record);
        }
        state.lastRecord = record;
        ApacheEnforcer e = enforcer;
        if (e != null) {
            e.opened(state, key);
        }
        return record;
    }

    /**
     * Establishing a new connection to {@code origin} threw {@code thrown}. If its TCP connect had succeeded on
     * this thread (since the lease began), what failed was the TLS handshake (or the host name check): a failed
     * connection, reported now. Otherwise the connect failed, which the transport layer counts.
     */
    protected void failedAfterConnect(ApacheThreadState state, Origin origin, Throwable thrown) {
        TransportConnect connect = state.thread.lastConnect;
        if (connect == null) {
            return;
        }
        state.thread.lastConnect = null;
        transport.attributeFailed(connect, client);
        tracker.failedConnections().failed(client, origin, connect.site(), thrown);
    }

    /** A connection opened before the agent attached is handed out: track it from now on. */
    protected ConnectionRecord adopt(ApacheThreadState state, Object key, Object route, Object pool) {
        Origin origin = ApacheRoutes.origin(route);
        if (origin == null || pool == null) {
            return null;
        }
        ConnectionRecord record = tracker.adopt(key, client, origin, poolId(pool), state.thread.threadId);
        state.lastRecord = record;
        return record;
    }

    /** The pool handed out the idle connection {@code key}; null if it is not tracked. */
    protected ConnectionRecord taken(ApacheThreadState state, Object key) {
        ConnectionRecord record = tracker.taken(key, state.thread.threadId);
        if (record != null) {
            if (record != state.lastRecord) {
                movedOn(state);
            }
            state.lastRecord = record;
            ApacheEnforcer e = enforcer;
            if (e != null) {
                e.reused(state, key);
            }
        }
        return record;
    }

    /** One request/response exchange ended on this connection. */
    protected void exchanged(ApacheThreadState state, ConnectionRecord record, boolean success) {
        tracker.exchangeDone(record, success);
        state.lastRecord = record;
    }

    /** A proxy CONNECT starts: the request and response inside are not an exchange of the application. */
    public void notAnExchangeStarting(ApacheThreadState state) {
        state.notAnExchangeDepth++;
    }

    public void notAnExchangeEnded(ApacheThreadState state) {
        state.notAnExchangeDepth = Math.max(0, state.notAnExchangeDepth - 1);
    }

    /** The connection went back to the pool, idle. */
    public void returned(Object key) {
        tracker.returned(key);
    }

    /** The client's reuse strategy refused to keep the connection of this thread's current exchange. */
    public void reuseRefused(ApacheThreadState state, boolean byApplication) {
        state.reuseRefusedByApplication = byApplication;
    }

    /**
     * The client marked the connection of this thread's exchange non-reusable: it closes once its response is
     * done, because the server ended keep-alive, or the request itself said {@code Connection: close}.
     */
    public void nonReusable(ApacheThreadState state) {
        ConnectionRecord record = state.lastRecord;
        if (record == null) {
            return;
        }
        pendingCauses.put(record, state.reuseRefusedByApplication ? CloseCause.APP_CLOSED : CloseCause.SERVER_CLOSED);
        state.reuseRefusedByApplication = false;
    }

    /**
     * Connection {@code key} is closing; the cause decided earlier (its reuse decision), or else the one
     * {@link #classify} reads from the callers. {@code mode} is 5.x's close mode ("GRACEFUL", "IMMEDIATE", or null
     * for close()), always null for 4.5.
     */
    public void closing(ApacheThreadState state, Object key, String mode) {
        ConnectionRecord record = tracker.find(key);
        if (record == null) {
            return;
        }
        List<Caller> callers = ApacheCallers.nearest();
        ApacheFailures.Kind failure = ApacheFailures.of(callers);
        if (failure == ApacheFailures.Kind.BEFORE_HEAD && state.notAnExchangeDepth == 0
                && state.failingConnection == null) {
            state.failingConnection = key; // execute rethrows at once: its exit says why (exchangeThrew)
            return;
        }
        CloseCause pending = pendingCauses.remove(record);
        if (failure == ApacheFailures.Kind.BODY) {
            tracker.failures().exchangeFailed(record); // the server's or the network's doing: closes as failed
        }
        tracker.closed(key, pending != null ? pending : classify(state, callers, record, mode));
    }

    /**
     * HttpRequestExecutor#execute threw {@code thrown}. If it closed its connection on the way (held by
     * {@link #closing}), the exception says why: no answer in time, or a new connection's first exchange, is a
     * failed request; a reused connection that failed at once was dead in the pool ({@code stale}), and the
     * server never saw the request the client may send again.
     *
     * @return whether a close was held, which also counted the exchange if it was one
     */
    protected boolean exchangeThrew(ApacheThreadState state, Throwable thrown) {
        Object key = state.failingConnection;
        if (key == null) {
            return false;
        }
        state.failingConnection = null;
        ConnectionRecord record = tracker.find(key);
        if (record != null) {
            pendingCauses.remove(record);
            CloseCause dead = record.uses() > 0 ? CloseCause.STALE : CloseCause.UNKNOWN;
            tracker.closed(key, tracker.failures().broke(record, ApacheFailures.timedOut(thrown), dead));
        }
        return true;
    }

    /** The close cause the callers of a close say, for a connection without a pending cause. */
    protected abstract CloseCause classify(ApacheThreadState state, List<Caller> callers, ConnectionRecord record,
            String mode);

    /** Whether the closing connection belongs to the origin the lease in progress on this thread asked for. */
    protected static boolean sameOriginAsLease(ApacheThreadState state, ConnectionRecord record) {
        Origin lease = ApacheRoutes.origin(state.leaseRoute);
        return lease == null || lease.toString().equals(record.originLabel());
    }
}
