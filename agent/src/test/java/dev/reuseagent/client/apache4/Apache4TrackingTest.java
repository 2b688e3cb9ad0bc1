package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache.ApacheThreadState;
import dev.reuseagent.client.apache.TrackingFixture;
import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Reason;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.transport.TransportTracker;
import org.apache.http.impl.conn.CPool;
import org.apache.http.impl.conn.CPoolEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The HttpClient 4.5 hook logic, driven in the order the library calls the hooks, without the library. */
class Apache4TrackingTest {

    private static final String ROUTE_TEXT = "{}->http://api.example:80";
    private static final Object ROUTE = TrackingFixture.route(ROUTE_TEXT);

    private final TrackingFixture fixture = new TrackingFixture();
    private final ConnectionTracker tracker = fixture.tracker;
    private final TransportTracker transport = fixture.transport;
    private final Apache4Tracking hooks = new Apache4Tracking(tracker, transport, false);
    private ApacheThreadState state;

    @BeforeEach
    void freshThreadState() {
        state = fixture.freshThreadState();
    }

    private OriginStats.Snapshot stats() {
        return fixture.stats();
    }

    /** getPoolEntryBlocking creating an entry, onLease, then MainClientExec establishing the route. */
    private CPoolEntry openNew(CPool pool) {
        CPoolEntry entry = new CPoolEntry(ROUTE_TEXT);
        hooks.leaseStarting(state, pool, ROUTE);
        hooks.entryCreated(state, pool, ROUTE, entry);
        hooks.leaseEnded(state, false);
        hooks.leased(state, pool, entry);
        hooks.routeComplete(state, entry);
        return entry;
    }

    private void reuse(CPool pool, CPoolEntry entry) {
        hooks.leaseStarting(state, pool, ROUTE);
        hooks.leaseEnded(state, false);
        hooks.leased(state, pool, entry);
    }

    /** HttpRequestExecutor#execute around CPoolProxy#receiveResponseHeader. */
    private void exchange(CPoolEntry entry) {
        hooks.exchangeStarting(state);
        hooks.responseHead(state, entry);
        hooks.exchangeEnded(state, null);
    }

    @Test
    void aPooledEntryIsOpenedOnceAndThenReused() {
        CPool pool = new CPool();
        CPoolEntry entry = openNew(pool);
        assertEquals(Reason.FIRST_USE, tracker.find(entry).reason());
        exchange(entry);
        hooks.released(entry, true);
        reuse(pool, entry);
        exchange(entry);
        hooks.released(entry, true);
        OriginStats.Snapshot s = stats();
        assertEquals(2, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(1, s.reusedConnections);
    }

    @Test
    void aPoolPerRequestIsNewClientAndOtherPoolsAreIgnored() {
        CPoolEntry first = openNew(new CPool());
        exchange(first);
        hooks.closing(state, first);
        CPoolEntry second = openNew(new CPool());
        assertEquals(Reason.NEW_CLIENT, tracker.find(second).reason());
        // a lease of another core pool (BasicConnPool) is not a lease of an HttpClient
        hooks.leaseStarting(state, new Object(), ROUTE);
        hooks.queued(state);
        hooks.leaseEnded(state, true);
        assertEquals(0, stats().leaseWaits.waits);
    }

    @Test
    void interimResponsesAndProxyConnectsAreNotExchanges() {
        CPoolEntry entry = openNew(new CPool());
        hooks.exchangeStarting(state);
        hooks.responseHead(state, entry); // 100 Continue
        hooks.responseHead(state, entry);
        hooks.exchangeEnded(state, null);
        hooks.notAnExchangeStarting(state);
        exchange(entry);
        hooks.notAnExchangeEnded(state);
        assertEquals(1, stats().requests);
    }

    @Test
    void aReconnectedEntryIsANewConnection() {
        CPool pool = new CPool();
        CPoolEntry entry = openNew(pool);
        exchange(entry);
        hooks.released(entry, true);
        reuse(pool, entry);
        ConnectionRecord before = tracker.find(entry);
        tracker.closed(entry, CloseCause.STALE); // MainClientExec's stale check closed it
        hooks.routeComplete(state, entry);        // and re-established the route on the same entry
        ConnectionRecord after = tracker.find(entry);
        assertNotSame(before, after);
        assertEquals(Reason.STALE, after.reason());
        exchange(entry);
        assertEquals(2, stats().newConnections);
        assertEquals(2, stats().requests);
    }

    @Test
    void aLeakedLeaseIsBodyNotConsumedAndTheWaitAtTheLimitIsCounted() {
        CPool pool = new CPool();
        CPoolEntry leaked = openNew(pool);
        exchange(leaked); // never released
        CPoolEntry next = openNew(pool);
        assertEquals(Reason.BODY_NOT_CONSUMED, tracker.find(next).reason());
        exchange(next);
        hooks.leaseStarting(state, pool, ROUTE);
        hooks.queued(state);
        hooks.leaseEnded(state, true); // TimeoutException: "Timeout waiting for connection from pool"
        OriginStats.Snapshot s = stats();
        assertEquals(1, s.leaseWaits.waits);
        assertEquals(1, s.leaseWaits.timeouts);
    }

    @Test
    void theApplicationsNoReuseIsAppClosed() {
        CPool pool = new CPool();
        CPoolEntry entry = openNew(pool);
        exchange(entry);
        hooks.reuseRefused(state, true);
        hooks.nonReusable(state);
        hooks.closing(state, entry);
        assertEquals(Reason.APP_CLOSED, tracker.find(openNew(pool)).reason());
    }

    @Test
    void afterAnAttachAnIdleEntryHandedOutIsAdopted() {
        Apache4Tracking attached = new Apache4Tracking(tracker, transport, true);
        CPoolEntry entry = new CPoolEntry(ROUTE_TEXT);
        CPool pool = new CPool();
        attached.leaseStarting(state, pool, ROUTE);
        attached.leaseEnded(state, false);
        attached.leased(state, pool, entry);
        attached.exchangeStarting(state);
        attached.responseHead(state, entry);
        attached.exchangeEnded(state, null);
        OriginStats.Snapshot s = stats();
        assertEquals(1, s.requests);
        assertEquals(0, s.newConnections);
        assertEquals(1, s.reusedConnections);
    }

    @Test
    void theRouteOfAnEntryIsReadFromItsText() {
        assertEquals(ROUTE_TEXT, Apache4Tracking.routeOfEntry(new CPoolEntry(ROUTE_TEXT).toString()));
        assertNull(Apache4Tracking.routeOfEntry("something else"));
    }
}
