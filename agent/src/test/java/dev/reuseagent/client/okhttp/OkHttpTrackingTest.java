package dev.reuseagent.client.okhttp;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.model.Reason;
import dev.reuseagent.testapp.OkHttpApp;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.track.RecordingSink;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportThreadState;
import dev.reuseagent.transport.TransportTracker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OkHttp hook logic, driven in the order OkHttp 4.12 and 5.x call the hooks (see OkHttpInstrumentation), with
 * plain objects standing in for OkHttp's: {@code pool} for a RealConnectionPool, {@code connection()} for a
 * RealConnection, {@code call} for a RealCall.
 */
class OkHttpTrackingTest {

    private static final Origin ORIGIN = Origin.of("http", "api.example", 80);
    private static final long KEEP_ALIVE = 5_000_000_000L;

    private final RecordingSink sink = new RecordingSink(false);
    private final ConnectionTracker tracker = new ConnectionTracker(sink,
            new HostFilter(List.of(), List.of()), 100, System::nanoTime);
    private final TransportTracker transport = new TransportTracker(100, new SiteFinder(true, List.of(), List.of()));
    private final FakeApi api = new FakeApi();
    private final OkHttpTracking hooks = new OkHttpTracking(tracker, transport, false, api);
    private final Object pool = new Object();
    private OkHttpThreadState thread;

    @BeforeEach
    void freshThreadState() {
        thread = new OkHttpThreadState(TransportThreadState.current());
        thread.thread.lastConnect = null;
    }

    /** OkHttp objects the way the fake API reads them. */
    private static final class FakeApi implements OkHttpApi {
        final Map<Object, Origin> origins = new IdentityHashMap<>();
        final Map<Object, Object> sslFactories = new IdentityHashMap<>();

        @Override
        public Origin origin(Object connection) {
            return origins.get(connection);
        }

        @Override
        public Object sslSocketFactory(Object connection) {
            return sslFactories.get(connection);
        }

        @Override
        public boolean requestAsksClose(Object response) {
            return response == REQUEST_SAID_CLOSE;
        }

        @Override
        public boolean canceled(Object call) {
            return false;
        }
    }

    private static final Object REQUEST_SAID_CLOSE = new Object();

    private Object connection() {
        Object connection = new Object();
        api.origins.put(connection, ORIGIN);
        return connection;
    }

    /** A call that finds nothing in the pool and opens {@code connection}: misses, connect, put, acquire. */
    private ConnectionRecord open(Object pool, Object connection, Object call) {
        hooks.poolMissed(thread, call);
        hooks.poolMissed(thread, call); // 4.12 asks again after DNS; 5.x again after planning the route
        hooks.pooled(thread, pool, connection);
        hooks.acquired(thread, connection);
        return tracker.find(connection);
    }

    /** One exchange on the connection the call holds: codec, request, response head. */
    private void exchange(Object connection) {
        Object codec = new Object();
        hooks.exchangeStarting(thread, connection, codec, false, pool);
        hooks.responseHead(thread, codec);
    }

    /** The body was read and closed: the last call releases the connection and the pool keeps it. */
    private void release(Object connection) {
        hooks.closes.becameIdle(connection, false, 5);
    }

    private OriginStats.Snapshot stats() {
        for (OriginStats s : tracker.origins()) {
            if (s.label().equals(ORIGIN.toString())) {
                return s.snapshot();
            }
        }
        throw new AssertionError("no stats for " + ORIGIN);
    }

    @Test
    void aSharedClientOpensOnceAndReuses() {
        Object connection = connection();
        ConnectionRecord record = open(pool, connection, new Object());
        exchange(connection);
        release(connection);
        for (int i = 0; i < 3; i++) {
            hooks.acquired(thread, connection); // a pool hit: no miss reported
            exchange(connection);
            release(connection);
        }
        assertEquals(Reason.FIRST_USE, record.reason());
        OriginStats.Snapshot s = stats();
        assertEquals(4, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(3, s.reusedConnections);
        assertEquals(4L, s.clients.get("okhttp"));
    }

    @Test
    void aPoolPerClientIsNewClientAndNewBuilderSharesThePool() {
        Object first = connection();
        open(pool, first, new Object());
        exchange(first);
        release(first);
        Object other = connection();
        assertEquals(Reason.NEW_CLIENT, open(new Object(), other, new Object()).reason());
        exchange(other);
        release(other);
        // the same pool after its connection was evicted: its own history, not new-client
        hooks.closes.cleanupStarting(thread, System.nanoTime(), KEEP_ALIVE);
        hooks.closes.retired(thread, first, System.nanoTime(), List.of(
                "okhttp3.internal.connection.RealConnection#setNoNewExchanges",
                "okhttp3.internal.connection.RealConnectionPool#cleanup"));
        assertEquals(Reason.POOL_FULL, open(pool, connection(), new Object()).reason());
    }

    @Test
    void httpsPoolsAreKeyedByTheSslSocketFactoryToo() {
        assertEquals(hooks.poolId(pool, null), hooks.poolId(pool, null));
        assertTrue(!hooks.poolId(pool, new Object()).equals(hooks.poolId(pool, new Object())));
        assertTrue(!hooks.poolId(new Object(), null).equals(hooks.poolId(pool, null)));
        assertTrue(hooks.poolId(pool, null).matches("okhttp pool#\\d+"), hooks.poolId(pool, null));
        Object a = connection();
        api.sslFactories.put(a, new Object());
        open(pool, a, new Object());
        Object b = connection();
        api.sslFactories.put(b, new Object()); // same pool, another client's factory: OkHttp cannot share
        assertEquals(Reason.NEW_CLIENT, open(pool, b, new Object()).reason());
    }

    @Test
    void theConnectIsClaimedByTheConnectionItOpened() throws Exception {
        Object rawSocket = new Object();
        transport.connected(rawSocket, new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080), 2_000_000, true);
        Object connection = connection();
        hooks.poolMissed(thread, new Object());
        hooks.connectionConnected(thread, rawSocket); // 4.12: on the calling thread
        hooks.pooled(thread, pool, connection);
        ConnectionRecord record = tracker.find(connection);
        assertEquals(2_000_000, record.connectNanos());
        assertEquals(1, transport.endpoints().get(0).snapshot().attributed);
    }

    @Test
    void fastFallbackConnectsOnAnotherThreadAndTlsJoinsTheClaimedConnect() throws Exception {
        Object rawSocket = new Object();
        Object loser = new Object();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        Thread racer = new Thread(() -> {
            transport.connected(loser, new InetSocketAddress(loopback, 8443), 1_000_000, true);
            transport.connected(rawSocket, new InetSocketAddress(loopback, 8443), 3_000_000, true);
        }, "OkHttp connect https://api.example/...");
        racer.start();
        racer.join();
        Object connection = connection();
        hooks.poolMissed(thread, new Object());
        hooks.tlsStarting(thread, rawSocket); // 5.x ConnectPlan#connectTlsEtc on the calling thread
        transport.handshake(new Object(), loopback, 8443, false, 4_000_000);
        hooks.pooled(thread, pool, connection);
        ConnectionRecord record = tracker.find(connection);
        assertEquals(3_000_000, record.connectNanos());
        assertEquals("full", record.tls());
        // the site is this thread's, not the racer's; the loser stays a transport-only connect
        assertEquals(transport.site(), record.site());
        assertEquals(2, transport.endpoints().get(0).snapshot().tcpConnects);
        assertEquals(1, transport.endpoints().get(0).snapshot().attributed);
    }

    @Test
    void connectsClosedUnusedAreDiscardedNotUnknown() throws Exception {
        InetSocketAddress endpoint = new InetSocketAddress(InetAddress.getLoopbackAddress(), 8443);
        Object coalescedSocket = new Object();
        transport.connected(coalescedSocket, endpoint, 1_000_000, true);
        hooks.connectionConnected(thread, coalescedSocket);
        hooks.coalesced(thread); // HTTP/2: another call's connection was pooled meanwhile
        Object raceLoser = new Object();
        transport.connected(raceLoser, endpoint, 1_000_000, true);
        hooks.planCancelled(raceLoser);
        hooks.planCancelled(new Object()); // an attempt that had not connected yet
        EndpointStats.Snapshot e = transport.endpoints().get(0).snapshot();
        assertEquals(2, e.tcpConnects);
        assertEquals(0, e.attributed);
        assertEquals(2, e.discarded);
        assertEquals(0, e.unattributed());
        assertNull(e.clients.get("unknown"));
    }

    @Test
    void anEnqueuedCallNamesTheLineThatEnqueuedIt() throws Exception {
        Object call = new Object();
        OkHttpApp.enqueue(hooks, call);
        AtomicReference<ConnectionRecord> opened = new AtomicReference<>();
        Thread dispatcher = new Thread(() -> {
            OkHttpThreadState t = OkHttpThreadState.current();
            hooks.asyncRunning(t, call);
            Object connection = connection();
            hooks.poolMissed(t, call);
            hooks.pooled(t, pool, connection);
            opened.set(tracker.find(connection));
            hooks.asyncRunning(t, null);
        }, "OkHttp Dispatcher");
        dispatcher.start();
        dispatcher.join();
        assertTrue(opened.get().site().startsWith("dev.reuseagent.testapp.OkHttpApp.enqueue(OkHttpApp.java:"),
                opened.get().site());
    }

    @Test
    void aResponseNeverClosedIsBodyNotConsumed() {
        Object first = connection();
        open(pool, first, new Object());
        exchange(first); // the response is never closed: no release
        Object second = connection();
        assertEquals(Reason.BODY_NOT_CONSUMED, open(pool, second, new Object()).reason());
    }

    @Test
    void aConnectionAnotherThreadTookSinceIsNotAbandoned() throws Exception {
        Object shared = connection();
        open(pool, shared, new Object());
        exchange(shared);
        release(shared);
        Thread other = new Thread(() -> hooks.acquired(OkHttpThreadState.current(), shared)); // and keeps it busy
        other.start();
        other.join();
        assertEquals(Reason.POOL_BUSY, open(pool, connection(), new Object()).reason());
    }

    @Test
    void http2StreamsOnSeveralThreadsAreReusedExchangesNeverAbandonedBodies() throws Exception {
        Object h2 = connection();
        open(pool, h2, new Object());
        Object codec = new Object();
        hooks.exchangeStarting(thread, h2, codec, true, pool);
        hooks.responseHead(thread, codec);
        // the stream's body is still open when this thread starts another call: a second stream, same connection
        Thread other = new Thread(() -> {
            OkHttpThreadState t = OkHttpThreadState.current();
            hooks.acquired(t, h2);
            Object c = new Object();
            hooks.exchangeStarting(t, h2, c, true, pool);
            hooks.responseHead(t, c);
        });
        other.start();
        other.join();
        hooks.poolMissed(thread, new Object()); // e.g. the stream limit was reached
        Object second = connection();
        hooks.pooled(thread, pool, second);
        assertEquals(Reason.POOL_BUSY, tracker.find(second).reason());
        assertEquals(1, stats().reusedConnections);
    }

    @Test
    void aBodyClosedUnreadRetiresTheConnection() {
        Object connection = connection();
        open(pool, connection, new Object());
        exchange(connection);
        hooks.closes.retired(thread, connection, 0, List.of(
                "dev.reuseagent.client.okhttp.OkHttpHooks#retired",
                "okhttp3.internal.connection.RealConnection#noNewExchanges$okhttp",
                "okhttp3.internal.http1.Http1ExchangeCodec$FixedLengthSource#close",
                "okio.RealBufferedSource#close"));
        hooks.closes.becameIdle(connection, true, 5);
        assertEquals(1L, stats().closes.get("body-not-consumed"));
        assertEquals(Reason.BODY_NOT_CONSUMED, open(pool, connection(), new Object()).reason());
    }

    @Test
    void connectionCloseInTheRequestIsTheApplicationsInTheResponseTheServers() {
        for (Object response : new Object[] {REQUEST_SAID_CLOSE, new Object()}) {
            Object connection = connection();
            open(pool, connection, new Object());
            exchange(connection);
            hooks.closes.retired(thread, connection, 0, List.of(
                    "okhttp3.internal.connection.RealConnection#noNewExchanges",
                    "okhttp3.internal.connection.Exchange#noNewExchangesOnConnection",
                    "okhttp3.internal.http.CallServerInterceptor#intercept"));
            hooks.closes.interceptDone(thread, response);
            hooks.closes.becameIdle(connection, true, 5);
        }
        assertEquals(1L, stats().closes.get("app-closed"));
        assertEquals(1L, stats().closes.get("server-closed"));
        assertEquals(Reason.SERVER_CLOSED, open(pool, connection(), new Object()).reason());
    }

    @Test
    void thePoolsCleanupEvictsForIdleTimeOrForTheIdleLimit() {
        Object old = connection();
        Object recent = connection();
        open(pool, old, new Object());
        open(pool, recent, new Object());
        long now = System.nanoTime();
        hooks.closes.cleanupStarting(thread, now, KEEP_ALIVE);
        List<String> eviction = List.of("okhttp3.internal.connection.RealConnection#setNoNewExchanges",
                "okhttp3.internal.connection.RealConnectionPool#closeConnections");
        hooks.closes.retired(thread, old, now - KEEP_ALIVE, eviction);
        hooks.closes.retired(thread, recent, now - 1000, eviction);
        assertEquals("[idle-timeout, pool-full]", sink.closed.stream().map(c -> c.closeCause().label()).toList()
                .toString());
    }

    @Test
    void evictAllIsTheApplicationClosingAndAPoolWithoutIdleConnectionsIsFull() {
        Object a = connection();
        open(pool, a, new Object());
        hooks.closes.retired(thread, a, 0, List.of("okhttp3.internal.connection.RealConnection#setNoNewExchanges",
                "okhttp3.internal.connection.RealConnectionPool#evictAll"));
        Object b = connection();
        open(pool, b, new Object());
        hooks.closes.becameIdle(b, true, 0); // ConnectionPool(0, ...): nothing is kept idle
        assertEquals("[app-closed, pool-full]", sink.closed.stream().map(c -> c.closeCause().label()).toList()
                .toString());
    }

    @Test
    void aLeakFoundByThePoolIsBodyNotConsumedWhenEvicted() {
        Object leaked = connection();
        open(pool, leaked, new Object());
        exchange(leaked);
        long now = System.nanoTime();
        hooks.closes.cleanupStarting(thread, now, KEEP_ALIVE);
        hooks.closes.pruning(thread, leaked);
        hooks.closes.leakLogged(thread);
        hooks.closes.pruning(thread, null);
        // OkHttp backdates a leaked connection's idle time: the eviction alone would look like idle-timeout
        hooks.closes.retired(thread, leaked, now - KEEP_ALIVE, List.of(
                "okhttp3.internal.connection.RealConnection#setNoNewExchanges",
                "okhttp3.internal.connection.RealConnectionPool#cleanup"));
        assertEquals(CloseCause.BODY_NOT_CONSUMED, sink.closed.get(0).closeCause());
    }

    @Test
    void aReusedConnectionFailingBeforeItsResponseWasStale() {
        Object connection = connection();
        open(pool, connection, new Object());
        exchange(connection);
        release(connection);
        hooks.acquired(thread, connection);
        hooks.exchangeStarting(thread, connection, new Object(), false, pool); // the request, then EOF
        hooks.closes.failed(thread, connection, new Object(), new java.io.IOException("unexpected end of stream"));
        hooks.closes.becameIdle(connection, true, 5); // released by the retry
        Object retry = new Object();
        assertEquals(Reason.STALE, open(pool, connection(), retry).reason());
        OriginStats.Snapshot s = stats();
        assertEquals(1L, s.closes.get("stale"));
        assertEquals(0, s.failedExchanges); // not the first exchange of its connection: not a failed one
    }

    @Test
    void aReusedConnectionTimingOutBeforeItsResponseIsNotStale() {
        Object connection = connection();
        open(pool, connection, new Object());
        exchange(connection);
        release(connection);
        hooks.acquired(thread, connection);
        hooks.exchangeStarting(thread, connection, new Object(), false, pool); // the request, then a slow server
        hooks.closes.failed(thread, connection, new Object(), new java.net.SocketTimeoutException("timeout"));
        hooks.closes.becameIdle(connection, true, 5);
        assertEquals(Reason.UNKNOWN, open(pool, connection(), new Object()).reason());
        assertEquals(null, stats().closes.get("stale"));
    }

    @Test
    void aNewConnectionWhoseFirstExchangeFailsStillCounts() {
        Object connection = connection();
        open(pool, connection, new Object());
        hooks.exchangeStarting(thread, connection, new Object(), false, pool);
        hooks.closes.failed(thread, connection, new Object(), new java.io.IOException("reset"));
        OriginStats.Snapshot s = stats();
        assertEquals(1, s.newConnections);
        assertEquals(1, s.failedExchanges);
        assertEquals(0, s.requests);
    }

    @Test
    void afterAnAttachAConnectionIsAdoptedAtItsFirstExchange() {
        OkHttpTracking attached = new OkHttpTracking(tracker, transport, true, api);
        Object connection = connection();
        Object codec = new Object();
        attached.exchangeStarting(thread, connection, codec, false, pool);
        attached.responseHead(thread, codec);
        assertNotNull(tracker.find(connection));
        OriginStats.Snapshot s = stats();
        assertEquals(1, s.requests);
        assertEquals(0, s.newConnections);
    }

    @Test
    void retirersAreReadFromTheNearestMeaningfulCaller() {
        assertEquals(OkHttpCloseCauses.Retirer.UNKNOWN_LENGTH, OkHttpCloseCauses.retirer(List.of(
                "okhttp3.internal.connection.RealConnection#noNewExchanges",
                "okhttp3.internal.http1.Http1ExchangeCodec#newUnknownLengthSource")));
        assertEquals(OkHttpCloseCauses.Retirer.BODY_TRUNCATED, OkHttpCloseCauses.retirer(List.of(
                "okhttp3.internal.http1.Http1ExchangeCodec$ChunkedSource#read")));
        assertEquals(OkHttpCloseCauses.Retirer.UNHEALTHY, OkHttpCloseCauses.retirer(List.of(
                "okhttp3.internal.connection.RealConnection#setNoNewExchanges",
                "okhttp3.internal.connection.RealRoutePlanner#planReuseCallConnection")));
        assertEquals(OkHttpCloseCauses.Retirer.OTHER, OkHttpCloseCauses.retirer(List.of(
                "okhttp3.internal.connection.RealConnection#newWebSocketStreams$okhttp")));
        assertEquals(OkHttpCloseCauses.Retirer.OTHER, OkHttpCloseCauses.retirer(List.of()));
    }
}
