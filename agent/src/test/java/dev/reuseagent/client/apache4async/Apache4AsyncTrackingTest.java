package dev.reuseagent.client.apache4async;

import dev.reuseagent.client.apache.TrackingFixture;
import dev.reuseagent.model.Reason;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportThreadState;
import dev.reuseagent.transport.TransportTracker;
import org.apache.http.impl.nio.conn.CPool;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HttpAsyncClient 4.1 hook logic, driven in the order the library calls the hooks (the lease on the
 * application's thread, the new session and the exchanges on an I/O dispatcher thread), without the library.
 */
class Apache4AsyncTrackingTest {

    private static final Object ROUTE = TrackingFixture.route("{}->http://api.example:80");

    private final TrackingFixture fixture = new TrackingFixture();
    private final ConnectionTracker tracker = fixture.tracker;
    private final TransportTracker transport = fixture.transport;
    private final Apache4AsyncTracking hooks = new Apache4AsyncTracking(tracker, transport);
    private final Apache4AsyncThreadState app = new Apache4AsyncThreadState();
    private final Apache4AsyncThreadState dispatcher = new Apache4AsyncThreadState();

    /** A SessionRequest whose getSession().channel() is {@code channel}. */
    public static final class FakeRequest {
        private final FakeSession session;

        FakeRequest(Object channel) {
            this.session = new FakeSession(channel);
        }

        public FakeSession getSession() {
            return session;
        }
    }

    public static final class FakeSession {
        private final Object channel;

        FakeSession(Object channel) {
            this.channel = channel;
        }

        public Object channel() {
            return channel;
        }
    }

    /** A lease's BasicFuture: its callback in field {@code callback}. */
    static final class FakeFuture {
        final Object callback;

        FakeFuture(Object callback) {
            this.callback = callback;
        }
    }

    /** A CPoolProxy: its entry in field {@code poolEntry}. */
    static final class FakeProxy {
        final Object poolEntry;

        FakeProxy(Object poolEntry) {
            this.poolEntry = poolEntry;
        }
    }

    /** A connection with its entry: {@link #connection} is what exchanges see, {@link #entry} what the pool sees. */
    private static final class Opened {
        final Object connection = new Object();
        final Object entry = new Object();
    }

    /** lease → addPending on the application's thread; requestCompleted → createEntry on the dispatcher's. */
    private Opened openNew(CPool pool, FakeRequest request) {
        Object callback = new Object();
        assertTrue(hooks.leaseStarting(app, pool, callback));
        hooks.sessionRequested(app, request, null);
        hooks.leaseEnded(app, callback);
        Opened opened = new Opened();
        dispatcher.completing = request;
        hooks.entryCreated(dispatcher, pool, ROUTE, opened.connection, opened.entry);
        dispatcher.completing = null;
        return opened;
    }

    private Opened openNew(CPool pool) {
        return openNew(pool, new FakeRequest(new Object()));
    }

    /** HttpAsyncRequestExecutor#responseReceived around the handler's responseReceived. */
    private void exchange(Opened opened) {
        dispatcher.headConnection = opened.connection;
        hooks.exchanged(dispatcher);
        dispatcher.headConnection = null;
    }

    private void reuse(CPool pool, Opened opened) {
        Object callback = new Object();
        assertTrue(hooks.leaseStarting(app, pool, callback));
        hooks.reused(app, opened.entry);
        hooks.leaseEnded(app, callback);
    }

    @Test
    void aSharedPoolOpensOnceAndThenReuses() {
        CPool pool = new CPool();
        Opened opened = openNew(pool);
        assertEquals(Reason.FIRST_USE, tracker.find(opened.entry).reason());
        exchange(opened);
        hooks.released(opened.entry, true);
        reuse(pool, opened);
        exchange(opened);
        hooks.released(opened.entry, true);
        OriginStats.Snapshot s = fixture.stats();
        assertEquals(2, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(1, s.reusedConnections);
        assertEquals(0, app.leaseDepth);
    }

    @Test
    void aSecondConnectionOpenedWhileTheFirstIsBusyIsPoolBusyWhateverTheThreads() {
        // one application thread with two requests in flight, both sessions completed on one dispatcher thread
        CPool pool = new CPool();
        Opened first = openNew(pool);
        exchange(first);
        Opened second = openNew(pool);
        assertEquals(Reason.POOL_BUSY, tracker.find(second.entry).reason());
    }

    @Test
    void aLeaseQueuedAtThePoolsLimitIsKeptByItsCallbackUntilAnIoThreadRequestsItsSession() {
        CPool pool = new CPool();
        Opened first = openNew(pool);
        exchange(first);
        Object callback = new Object();
        assertTrue(hooks.leaseStarting(app, pool, callback));
        hooks.leaseEnded(app, callback); // neither reused nor connecting: queued
        assertEquals(0, app.leaseDepth);
        hooks.notKeptAlive(new AtomicReference<Object>(new FakeProxy(first.entry)), null);
        hooks.released(first.entry, false);
        hooks.closing(first.entry);
        // the release serves the queued lease on the I/O thread: a new session for it
        FakeRequest request = new FakeRequest(new Object());
        hooks.sessionRequested(dispatcher, request, new FakeFuture(callback));
        assertEquals(callback, Apache4AsyncTracking.callbackOf(new FakeFuture(callback)));
        Opened second = new Opened();
        dispatcher.completing = request;
        hooks.entryCreated(dispatcher, pool, ROUTE, second.connection, second.entry);
        assertEquals(Reason.SERVER_CLOSED, tracker.find(second.entry).reason());
        assertNull(Apache4AsyncTracking.callbackOf(new Object()), "not a BasicFuture");
    }

    @Test
    void aQueuedLeaseServedByAnIoThreadBeforeItsLeaseCallReturnedKeepsItsSite() {
        // The pool releases its lock inside lease(): a dispatcher thread may serve the queued lease (a connection
        // closed meanwhile) before the application's thread has left lease(). Seen in a fresh-clone run: site unknown.
        // With sites on: the first frame not of the JDK or the agent (here JUnit's) is this test's "application".
        Apache4AsyncTracking hooks = new Apache4AsyncTracking(tracker,
                new TransportTracker(100, new SiteFinder(true, List.of(), List.of())));
        CPool pool = new CPool();
        Object callback = new Object();
        assertTrue(hooks.leaseStarting(app, pool, callback));
        FakeRequest request = new FakeRequest(new Object());
        hooks.sessionRequested(dispatcher, request, new FakeFuture(callback));
        Opened second = new Opened();
        dispatcher.completing = request;
        hooks.entryCreated(dispatcher, pool, ROUTE, second.connection, second.entry);
        dispatcher.completing = null;
        hooks.leaseEnded(app, callback);
        assertNotNull(tracker.find(second.entry).site(), "the site taken on the application's thread");
    }

    @Test
    void aPoolPerRequestIsNewClientAndClosingOnShutdownIsAppClosed() {
        Opened first = openNew(new CPool());
        exchange(first);
        Opened second = openNew(new CPool());
        exchange(second);
        assertEquals(Reason.NEW_CLIENT, tracker.find(second.entry).reason());
        assertEquals(Apache4AsyncCloseCauses.EntryState.OPEN, Apache4AsyncCloseCauses.closedOrExpired(new Object()));
        hooks.closing(first.entry); // from this test's stack: not the pool's, so unknown
        assertNull(tracker.find(first.entry));
    }

    @Test
    void theReactorThreadsConnectIsClaimedByItsChannel() throws Exception {
        Object channel = new Object();
        InetSocketAddress target = new InetSocketAddress(InetAddress.getLoopbackAddress(), 80);
        transport.connected(channel, target, 2_000_000, true); // counted on the reactor thread
        TransportThreadState.current().lastConnect = null;
        Opened opened = openNew(new CPool(), new FakeRequest(channel));
        exchange(opened);
        assertFalse(transport.claimable(channel));
        EndpointStats.Snapshot endpoint = transport.endpoints().get(0).snapshot();
        assertEquals(1, endpoint.tcpConnects);
        assertEquals(1, endpoint.attributed);
        assertEquals(1L, endpoint.clients.get(Apache4AsyncSlice.NAME));
        assertEquals(2_000_000, fixture.stats().connectNanos);
    }

    @Test
    void aConnectionNotKeptAliveClosesAsServerClosedAndTheNextOneSaysSo() {
        CPool pool = new CPool();
        Opened first = openNew(pool);
        exchange(first);
        hooks.notKeptAlive(new AtomicReference<Object>(new FakeProxy(first.entry)), null);
        hooks.released(first.entry, false);
        hooks.closing(first.entry);
        assertEquals(1L, fixture.stats().closes.get("server-closed"));
        Opened second = openNew(pool);
        assertEquals(Reason.SERVER_CLOSED, tracker.find(second.entry).reason());
    }

    @Test
    void anotherPoolOfHttpcoreNioIsNotTheClients() {
        assertFalse(hooks.leaseStarting(app, new Object(), new Object()));
        assertEquals(0, app.leaseDepth);
    }

    @Test
    void anEntryMadeOutsideRequestCompletedOrOfAnotherOriginIsNotTracked() {
        Opened opened = new Opened();
        hooks.entryCreated(dispatcher, new CPool(), ROUTE, opened.connection, opened.entry);
        assertNull(tracker.find(opened.entry));
        exchange(opened); // an exchange on an untracked connection counts nothing
        long requests = 0;
        for (OriginStats origin : tracker.origins()) {
            requests += origin.snapshot().requests + origin.snapshot().newConnections;
        }
        assertEquals(0, requests);
    }
}
