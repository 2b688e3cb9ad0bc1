package dev.reuseagent.instrument.apache5;

import dev.reuseagent.instrument.apache.ApacheRoutes;
import dev.reuseagent.instrument.apache.ApacheThreadState;
import dev.reuseagent.instrument.apache.ApacheTracking;
import dev.reuseagent.model.Clients;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ThreadState;
import dev.reuseagent.track.TransportTracker;

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

    public Apache5Tracking(ConnectionTracker tracker, TransportTracker transport, boolean attached) {
        super(tracker, transport, attached, Clients.APACHE5);
    }

    /** InternalExecRuntime#acquireEndpoint starts. */
    public void acquireStarting(ThreadState state, Object manager, Object route) {
        startLease(state, manager, route);
    }

    /** The pool's lease returned a future; not done means the request queued at the pool's limit. */
    public void poolLeased(ThreadState state, boolean done) {
        if (!done) {
            queued(state);
        }
    }

    /** The pool created a new entry, under its lock: if for this thread's lease, that is the moment of its miss. */
    public void poolMissed(ThreadState state) {
        ApacheThreadState apache = ApacheThreadState.of(state);
        if (apache.leaseRoute != null && apache.missNanos == 0) {
            apache.missNanos = System.nanoTime();
        }
    }

    /**
     * InternalExecRuntime#acquireEndpoint ended. Without a connected endpoint ({@code reusable} false) the pool
     * missed: the operator connects a new connection next, on this thread.
     */
    public void acquireEnded(ThreadState state, boolean reusable, Throwable thrown) {
        ApacheThreadState apache = ApacheThreadState.of(state);
        apache.newOrigin = null;
        if (thrown == null && !reusable) {
            movedOn(state);
            Origin origin = ApacheRoutes.origin(apache.leaseRoute);
            if (tracker.tracks(origin)) {
                apache.newOrigin = origin;
                apache.newPoolId = poolId(apache.leasePool);
                // when the pool was asked: it queued, or created an entry; else (a stale or expired connection
                // discarded in the lease) now
                apache.newMissNanos = apache.queuedNanos != 0 ? apache.queuedNanos
                        : apache.missNanos != 0 ? apache.missNanos : System.nanoTime();
            }
        }
        endLease(apache, thrown != null && isTimeout(thrown));
    }

    /** ConnectionRequestTimeoutException, or a lease that failed on its deadline (DeadlineTimeoutException). */
    static boolean isTimeout(Throwable thrown) {
        Throwable t = thrown;
        for (int i = 0; i < 4 && t != null; i++) {
            if (t.getClass().getName().endsWith("TimeoutException")) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    /** DefaultManagedHttpClientConnection#activate: the pool hands out this idle connection. */
    public void activated(ThreadState state, Object connection) {
        ConnectionRecord record = taken(state, connection);
        if (record == null && attached) {
            ApacheThreadState apache = ApacheThreadState.of(state);
            adopt(state, connection, apache.leaseRoute, apache.leasePool);
        }
    }

    public void connectStarting(ThreadState state) {
        ApacheThreadState.of(state).connectDepth++;
    }

    /** The connection operator's outermost connect ended: the miss of this thread's lease is now a connection. */
    public void connectEnded(ThreadState state, Object connection, Throwable thrown) {
        ApacheThreadState apache = ApacheThreadState.of(state);
        if (--apache.connectDepth > 0) {
            return;
        }
        apache.connectDepth = 0;
        Origin origin = apache.newOrigin;
        apache.newOrigin = null;
        if (thrown == null && origin != null) {
            opened(state, connection, origin, apache.newPoolId, apache.newMissNanos);
        }
    }

    /** core5 HttpRequestExecutor#execute ended on this connection (1xx responses are handled inside). */
    public void exchanged(ThreadState state, Object connection, boolean success) {
        ApacheThreadState apache = ApacheThreadState.of(state);
        if (apache.notAnExchangeDepth > 0) {
            return;
        }
        ConnectionRecord record = tracker.find(connection);
        if (record != null) {
            exchanged(state, record, success);
        }
    }

    /** DefaultManagedHttpClientConnection#close: {@code mode} is "GRACEFUL", "IMMEDIATE" or null (close()). */
    public void closing(ThreadState state, Object connection, String mode) {
        closing(connection, (callers, record) -> Apache5CloseCauses.classify(callers, mode, record.uses() > 0,
                sameOriginAsLease(state, record)));
    }
}
