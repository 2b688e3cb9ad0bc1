package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache.ApacheFailures;
import dev.reuseagent.client.apache.ApacheCallers;
import dev.reuseagent.client.apache.ApacheRoutes;
import dev.reuseagent.client.apache.ApacheThreadState;
import dev.reuseagent.client.apache.ApacheTracking;
import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportTracker;

import java.util.List;

/**
 * Turns the Apache HttpClient 5.x classic hooks into connection-tracker events. The connection is the
 * {@code DefaultManagedHttpClientConnection} (one object per physical connection; a discarded one is replaced
 * by a new object in the same pool slot); the pool is the connection manager of {@code InternalExecRuntime}.
 *
 * <p>Per request, on the calling thread: acquireEndpoint starts (the lease: route and manager known), the pool
 * may queue it, the manager either activates an idle connection (reused) or the lease ends without a connected
 * endpoint (a miss), and then the connection operator connects a new one. The exchange ends in
 * HttpRequestExecutor; the connection is passivated when it goes back to the pool.
 */
public final class Apache5Tracking extends ApacheTracking {

    /** New connections whose operator connect made no TCP connect the agent saw, until an exchange succeeds. */
    private final WeakIdentityMap<Unconnected> unconnected = new WeakIdentityMap<>();

    public Apache5Tracking(ConnectionTracker tracker, TransportTracker transport, boolean attached) {
        super(tracker, transport, attached, Apache5Slice.NAME);
    }

    /** InternalExecRuntime#acquireEndpoint starts. */
    public void acquireStarting(ApacheThreadState state, Object manager, Object route) {
        startLease(state, manager, route);
    }

    /** The pool's lease returned a future; not done means the request queued at the pool's limit. */
    public void poolLeased(ApacheThreadState state, boolean done) {
        if (!done) {
            queued(state);
        }
    }

    /** The pool created a new entry, under its lock: if for this thread's lease, that is the moment of its miss. */
    public void poolMissed(ApacheThreadState state) {
        if (state.leaseRoute != null && state.missNanos == 0) {
            state.missNanos = System.nanoTime();
        }
    }

    /**
     * InternalExecRuntime#acquireEndpoint ended. Without a connected endpoint ({@code reusable} false) the pool
     * missed: the operator connects a new connection next, on this thread.
     */
    public void acquireEnded(ApacheThreadState state, boolean reusable, Throwable thrown) {
        state.newOrigin = null;
        if (thrown == null && !reusable) {
            movedOn(state);
            Origin origin = ApacheRoutes.origin(state.leaseRoute);
            if (tracker.tracks(origin)) {
                state.newOrigin = origin;
                state.newPoolId = poolId(state.leasePool);
                // when the pool was asked: it queued, or created an entry; else (a stale or expired connection
                // discarded in the lease) now
                state.newMissNanos = state.queuedNanos != 0 ? state.queuedNanos
                        : state.missNanos != 0 ? state.missNanos : System.nanoTime();
            }
        }
        // ConnectionRequestTimeoutException, or a lease that failed on its deadline (DeadlineTimeoutException)
        endLease(state, thrown != null && ApacheFailures.timedOut(thrown));
    }

    /** DefaultManagedHttpClientConnection#activate: the pool hands out this idle connection. */
    public void activated(ApacheThreadState state, Object connection) {
        ConnectionRecord record = taken(state, connection);
        if (record == null && attached) {
            adopt(state, connection, state.leaseRoute, state.leasePool);
        }
    }

    public void connectStarting(ApacheThreadState state) {
        state.connectDepth++;
    }

    /**
     * The connection operator's outermost connect ended: the miss of this thread's lease is now a connection, if
     * a TCP connect happened on the way. An operator that never opened a socket (a test's mock, a socket whose
     * connect does nothing) made no connection: it is counted only if an exchange on it succeeds (a transport
     * the agent does not see, such as a Unix domain socket, does carry exchanges).
     */
    public void connectEnded(ApacheThreadState state, Object connection, Throwable thrown) {
        if (--state.connectDepth > 0) {
            return;
        }
        state.connectDepth = 0;
        Origin origin = state.newOrigin;
        state.newOrigin = null;
        if (origin == null) {
            return;
        }
        if (thrown != null) {
            failedAfterConnect(state, origin, thrown); // TLS: connected, then the handshake failed
            return;
        }
        if (state.thread.lastConnect != null) {
            opened(state, connection, origin, state.newPoolId, state.newMissNanos);
        } else {
            unconnected.put(connection, new Unconnected(origin, state.newPoolId, state.newMissNanos));
        }
    }

    /** core5 HttpRequestExecutor#execute ended on this connection, or threw (1xx responses are handled inside). */
    public void exchanged(ApacheThreadState state, Object connection, Throwable thrown) {
        if (state.notAnExchangeDepth > 0 || thrown != null && exchangeThrew(state, thrown)) {
            return;
        }
        ConnectionRecord record = tracker.find(connection);
        if (record == null && thrown == null) {
            Unconnected u = unconnected.remove(connection);
            record = u == null ? null : opened(state, connection, u.origin, u.poolId, u.missNanos);
        }
        if (record != null) {
            exchanged(state, record, thrown == null);
        }
    }

    @Override
    protected CloseCause classify(ApacheThreadState state, List<ApacheCallers.Caller> callers, ConnectionRecord record,
            String mode) {
        return Apache5CloseCauses.classify(callers, mode, record.uses() > 0, sameOriginAsLease(state, record));
    }

    /** A new connection's origin, pool and miss, kept until it is known to be one. */
    private record Unconnected(Origin origin, String poolId, long missNanos) {
    }
}
