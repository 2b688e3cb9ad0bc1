package dev.reuseagent.client.apache4;

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
import dev.reuseagent.util.Relocations;

import java.util.List;

/**
 * Turns the Apache HttpClient 4.5 hooks into connection-tracker events. The connection is the pool entry
 * ({@code CPoolEntry}): it is created with its connection and dies with it, although MainClientExec may
 * reconnect the same entry (after a stale check or an authentication round that closed it). The pool is the
 * connection manager's {@code CPool}, one per manager.
 *
 * <p>Per request, on the calling thread: getPoolEntryBlocking (route known) finds a free entry or creates one
 * ({@code CPool#createEntry}, the miss), queueing at the per-route or total limit; {@code onLease} hands it out;
 * MainClientExec connects a new entry and ends with {@code markRouteComplete}; the exchange runs in
 * HttpRequestExecutor; {@code release(entry, true)} returns it.
 */
public final class Apache4Tracking extends ApacheTracking {

    static final String CPOOL = "org.apache.http.impl.conn.CPool";
    static final String CPOOL_ENTRY = "org.apache.http.impl.conn.CPoolEntry";

    /** What is known of an entry when the pool creates it, for when its connection is established. */
    private final WeakIdentityMap<NewEntry> entries = new WeakIdentityMap<>();

    public Apache4Tracking(ConnectionTracker tracker, TransportTracker transport, boolean attached) {
        super(tracker, transport, attached, Apache4Slice.NAME);
    }

    /** AbstractConnPool#getPoolEntryBlocking starts (a lease, or its retry after a failed validation). */
    public void leaseStarting(ApacheThreadState state, Object pool, Object route) {
        if (pool != null && Relocations.is(pool.getClass().getName(), CPOOL)) {
            startLease(state, pool, route);
        }
    }

    /** AbstractConnPool#getPoolEntryBlocking ended; {@code timedOut}: "Timeout waiting for connection". */
    public void leaseEnded(ApacheThreadState state, boolean timedOut) {
        if (state.leaseRoute != null) {
            endLease(state, timedOut);
        }
    }

    /** CPool#createEntry: the pool had no free connection for the route and creates one. */
    public void entryCreated(ApacheThreadState state, Object pool, Object route, Object entry) {
        movedOn(state);
        Origin origin = ApacheRoutes.origin(route);
        if (entry == null || !tracker.tracks(origin)) {
            return;
        }
        long missNanos = state.queuedNanos != 0 ? state.queuedNanos : System.nanoTime();
        entries.put(entry, new NewEntry(origin, poolId(pool), missNanos));
    }

    /** AbstractConnPool#onLease: the entry is handed out, new or idle. */
    public void leased(ApacheThreadState state, Object pool, Object entry) {
        state.exchangedSinceLease = false;
        if (taken(state, entry) == null && attached && entries.get(entry) == null
                && Relocations.is(entry.getClass().getName(), CPOOL_ENTRY)) {
            // opened before the agent attached; PoolEntry#toString is "[id:..][route:..][state:..]"
            adopt(state, entry, routeOfEntry(String.valueOf(entry)), pool);
        }
    }

    static String routeOfEntry(String entryText) {
        int start = entryText.indexOf("[route:");
        int end = entryText.indexOf("][state:");
        return start < 0 || end < start ? null : entryText.substring(start + 7, end);
    }

    /** CPoolEntry#markRouteComplete: the entry's connection is established (TCP, TLS, any tunnel). */
    public void routeComplete(ApacheThreadState state, Object entry) {
        NewEntry created = entries.get(entry);
        if (created == null) {
            return;
        }
        // A reconnect of the same entry was not asked of the pool: its miss is now.
        long missNanos = created.opened ? System.nanoTime() : created.missNanos;
        created.opened = true;
        opened(state, entry, created.origin, created.poolId, missNanos);
    }

    /**
     * The connection operator's connect to {@code host} threw: after a TCP connect on this thread, the TLS
     * handshake failed, a failed connection ({@code HttpHost#toString()} is {@code https://host:port}).
     */
    public void connectFailed(ApacheThreadState state, Object host, Throwable thrown) {
        Origin origin = ApacheRoutes.origin(host);
        if (origin != null) {
            failedAfterConnect(state, origin, thrown);
        }
    }

    /** HttpRequestExecutor#execute starts: one exchange (unless it is a proxy CONNECT). */
    public void exchangeStarting(ApacheThreadState state) {
        if (state.notAnExchangeDepth == 0) {
            state.exchangeDepth++;
        }
    }

    /** CPoolProxy#receiveResponseHeader returned a response head on this entry (1xx heads come first). */
    public void responseHead(ApacheThreadState state, Object entry) {
        if (state.exchangeDepth > 0 && entry != null) {
            state.exchangeRecord = tracker.find(entry);
        }
    }

    /** HttpRequestExecutor#execute ended, or threw {@code thrown}. */
    public void exchangeEnded(ApacheThreadState state, Throwable thrown) {
        if (state.notAnExchangeDepth > 0 || state.exchangeDepth == 0 || --state.exchangeDepth > 0) {
            return;
        }
        ConnectionRecord record = state.exchangeRecord;
        state.exchangeRecord = null;
        if (thrown != null && exchangeThrew(state, thrown)) {
            return; // its connection closed on the way; exchangeThrew counted the exchange if it was one
        }
        if (record != null) {
            exchanged(state, record, thrown == null);
            state.exchangedSinceLease = true;
        }
    }

    /** AbstractConnPool#release(entry, reusable). */
    public void released(Object entry, boolean reusable) {
        if (reusable) {
            returned(entry);
        }
    }

    /** CPoolEntry#closeConnection / #shutdownConnection. */
    public void closing(ApacheThreadState state, Object entry) {
        closing(state, entry, null);
    }

    @Override
    protected CloseCause classify(ApacheThreadState state, List<ApacheCallers.Caller> callers, ConnectionRecord record,
            String mode) {
        return Apache4CloseCauses.classify(callers, record.uses() > 0, sameOriginAsLease(state, record),
                state.exchangedSinceLease);
    }

    /** A created entry's origin, pool and miss time; {@code opened} once its first connection was reported. */
    private static final class NewEntry {
        final Origin origin;
        final String poolId;
        final long missNanos;
        volatile boolean opened;

        NewEntry(Origin origin, String poolId, long missNanos) {
            this.origin = origin;
            this.poolId = poolId;
            this.missNanos = missNanos;
        }
    }
}
