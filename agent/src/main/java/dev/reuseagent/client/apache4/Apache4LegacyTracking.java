package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache.ApacheCallers;
import dev.reuseagent.client.apache.ApacheRoutes;
import dev.reuseagent.client.apache.ApacheThreadState;
import dev.reuseagent.client.apache.ApacheTracking;
import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.transport.TransportTracker;

import java.util.List;

/**
 * Turns the hooks of Apache HttpClient 4's legacy API ({@code DefaultHttpClient} and its siblings executing through
 * {@code DefaultRequestDirector}) into connection-tracker events, under client {@code apache4} like the modern API.
 * The connection is the {@code DefaultClientConnection}: every legacy connection manager (Pooling, ThreadSafe,
 * Basic, Single) pools one per connection and reopens it in place when it was closed (a stale check). The pool is
 * the connection manager (ThreadSafeClientConnManager: its ConnPoolByRoute), named {@code apache4 legacy pool#n}.
 *
 * <p>Per request, on the calling thread: the manager leases (queueing at its limit); DefaultRequestDirector opens the
 * connection if it is not open ({@code openCompleted}: a new one); HttpRequestExecutor runs the exchange (counted by
 * the modern hooks, on the same thread state: {@link Apache4Hooks#state()}); the manager takes it back.
 */
public final class Apache4LegacyTracking extends ApacheTracking {

    private final ObjectNames pools = new ObjectNames(Apache4Slice.NAME + " legacy pool");

    public Apache4LegacyTracking(ConnectionTracker tracker, TransportTracker transport, boolean attached) {
        super(tracker, transport, attached, Apache4Slice.NAME);
    }

    @Override
    protected String poolId(Object pool) {
        return pools.nameOf(pool); // never the modern API's "apache4 pool#n": their pools are others
    }

    /** A legacy manager starts leasing {@code route} from {@code pool} on this thread. */
    public void leaseStarting(ApacheThreadState state, LegacyLease lease, Object pool, Object route) {
        if (pool == null || route == null) {
            return;
        }
        startLease(state, pool, route);
        lease.pool = pool;
        lease.route = route;
        lease.startNanos = System.nanoTime();
        lease.missNanos = 0;
    }

    /**
     * The lease ended with {@code connection} (null: it threw). An open, tracked connection was handed out idle;
     * otherwise the pool missed, and the connection the director opens next is new.
     */
    public void leaseEnded(ApacheThreadState state, LegacyLease lease, Object connection, boolean timedOut) {
        long queued = state.queuedNanos;
        if (state.leaseRoute != null) {
            endLease(state, timedOut);
        }
        state.exchangedSinceLease = false;
        if (connection == null || lease.pool == null) {
            return;
        }
        if (taken(state, connection) == null) {
            movedOn(state);
            lease.missNanos = queued != 0 ? queued : lease.startNanos;
        }
    }

    /** DefaultClientConnection#openCompleted: {@code connection} is connected (TCP, and TLS for https). */
    public void opened(ApacheThreadState state, LegacyLease lease, Object connection) {
        if (lease.pool == null) {
            return; // a manager the agent does not hook: its connects stay the transport layer's
        }
        Origin origin = ApacheRoutes.origin(lease.route); // the target, also through a proxy
        if (origin == null || !tracker.tracks(origin)) {
            return;
        }
        long missNanos = lease.missNanos != 0 ? lease.missNanos : System.nanoTime(); // a reopen: its miss is now
        lease.missNanos = 0;
        opened(state, connection, origin, poolId(lease.pool), missNanos);
    }

    /** DefaultClientConnection#receiveResponseHeader returned a response head on {@code connection}. */
    public void responseHead(ApacheThreadState state, Object connection) {
        if (state.exchangeDepth > 0 && connection != null) {
            state.exchangeRecord = tracker.find(connection);
        }
    }

    /** A legacy manager's releaseConnection returned: {@code connection}, if still open, is idle in its pool. */
    public void released(LegacyLease lease, Object connection) {
        lease.clear();
        if (connection != null) {
            returned(connection);
        }
    }

    /** DefaultClientConnection#close / #shutdown. */
    public void closing(ApacheThreadState state, Object connection) {
        closing(state, connection, null);
    }

    @Override
    protected CloseCause classify(ApacheThreadState state, List<ApacheCallers.Caller> callers, ConnectionRecord record,
            String mode) {
        return Apache4LegacyCloseCauses.classify(callers, record.uses() > 0, sameOriginAsLease(state, record),
                state.exchangedSinceLease, state.reuseRefusedByApplication);
    }
}
