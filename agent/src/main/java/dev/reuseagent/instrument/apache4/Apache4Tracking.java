package dev.reuseagent.instrument.apache4;

import dev.reuseagent.instrument.apache.ApacheRoutes;
import dev.reuseagent.instrument.apache.ApacheThreadState;
import dev.reuseagent.instrument.apache.ApacheTracking;
import dev.reuseagent.model.Clients;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ThreadState;
import dev.reuseagent.track.TransportTracker;
import dev.reuseagent.track.WeakIdentityMap;

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
        super(tracker, transport, attached, Clients.APACHE4);
    }

    /** AbstractConnPool#getPoolEntryBlocking starts (a lease, or its retry after a failed validation). */
    public void leaseStarting(ThreadState state, Object pool, Object route) {
        if (pool != null && pool.getClass().getName().equals(CPOOL)) {
            startLease(state, pool, route);
        }
    }

    /** AbstractConnPool#getPoolEntryBlocking ended; {@code timedOut}: "Timeout waiting for connection". */
    public void leaseEnded(ThreadState state, boolean timedOut) {
        ApacheThreadState apache = ApacheThreadState.of(state);
        if (apache.leaseRoute != null) {
            endLease(apache, timedOut);
        }
    }

    /** CPool#createEntry: the pool had no free connection for the route and creates one. */
    public void entryCreated(ThreadState state, Object pool, Object route, Object entry) {
        movedOn(state);
        Origin origin = ApacheRoutes.origin(route);
        if (entry == null || !tracker.tracks(origin)) {
            return;
        }
        ApacheThreadState apache = ApacheThreadState.of(state);
        long missNanos = apache.queuedNanos != 0 ? apache.queuedNanos : System.nanoTime();
        entries.put(entry, new NewEntry(origin, poolId(pool), missNanos));
    }

    /** AbstractConnPool#onLease: the entry is handed out, new or idle. */
    public void leased(ThreadState state, Object pool, Object entry) {
        ApacheThreadState.of(state).exchangedSinceLease = false;
        if (taken(state, entry) == null && attached && entries.get(entry) == null
                && entry.getClass().getName().equals(CPOOL_ENTRY)) {
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
    public void routeComplete(ThreadState state, Object entry) {
        NewEntry created = entries.get(entry);
        if (created == null) {
            return;
        }
        // A reconnect of the same entry was not asked of the pool: its miss is now.
        long missNanos = created.opened ? System.nanoTime() : created.missNanos;
        created.opened = true;
        opened(state, entry, created.origin, created.poolId, missNanos);
    }

    /** HttpRequestExecutor#execute starts: one exchange (unless it is a proxy CONNECT). */
    public void exchangeStarting(ThreadState state) {
        ApacheThreadState apache = ApacheThreadState.of(state);
        if (apache.notAnExchangeDepth == 0) {
            apache.exchangeDepth++;
        }
    }

    /** CPoolProxy#receiveResponseHeader returned a response head on this entry (1xx heads come first). */
    public void responseHead(ThreadState state, Object entry) {
        ApacheThreadState apache = ApacheThreadState.of(state);
        if (apache.exchangeDepth > 0 && entry != null) {
            apache.exchangeRecord = tracker.find(entry);
        }
    }

    /** HttpRequestExecutor#execute ended. */
    public void exchangeEnded(ThreadState state, boolean success) {
        ApacheThreadState apache = ApacheThreadState.of(state);
        if (apache.notAnExchangeDepth > 0 || apache.exchangeDepth == 0 || --apache.exchangeDepth > 0) {
            return;
        }
        ConnectionRecord record = apache.exchangeRecord;
        apache.exchangeRecord = null;
        if (record != null) {
            exchanged(state, record, success);
            apache.exchangedSinceLease = true;
        }
    }

    /** AbstractConnPool#release(entry, reusable). */
    public void released(Object entry, boolean reusable) {
        if (reusable) {
            returned(entry);
        }
    }

    /** CPoolEntry#closeConnection / #shutdownConnection. */
    public void closing(ThreadState state, Object entry) {
        closing(entry, (callers, record) -> Apache4CloseCauses.classify(callers, record.uses() > 0,
                sameOriginAsLease(state, record), ApacheThreadState.of(state).exchangedSinceLease));
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
