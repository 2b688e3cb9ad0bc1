package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache.ApacheThreadState;
import dev.reuseagent.client.apache.TrackingFixture;
import dev.reuseagent.model.Reason;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.transport.TransportTracker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The HttpClient 5.x hook logic, driven in the order the library calls the hooks, without the library. */
class Apache5TrackingTest {

    private static final Object ROUTE = TrackingFixture.route("{}->[http://api.example:80]");

    private final TrackingFixture fixture = new TrackingFixture();
    private final ConnectionTracker tracker = fixture.tracker;
    private final TransportTracker transport = fixture.transport;
    private final Apache5Tracking hooks = new Apache5Tracking(tracker, transport, false);
    private ApacheThreadState state;

    @BeforeEach
    void freshThreadState() {
        state = fixture.freshThreadState();
    }

    private OriginStats.Snapshot stats() {
        return fixture.stats();
    }

    /** acquireEndpoint with a pool miss, then the operator's connect (whose overloads nest). */
    private ConnectionRecord openNew(Object manager, Object connection) {
        missed(manager);
        hooks.connectStarting(state);
        hooks.connectStarting(state);
        transport.connected(new Object(), new InetSocketAddress("127.0.0.1", 80), 1_000_000, true); // its TCP connect
        hooks.connectEnded(state, connection, null);
        hooks.connectEnded(state, connection, null);
        return tracker.find(connection);
    }

    /** acquireEndpoint with a pool miss, then an operator (a test's mock) that returns without any TCP connect. */
    private void connectWithoutSocket(Object manager, Object connection) {
        missed(manager);
        hooks.connectStarting(state);
        hooks.connectEnded(state, connection, null);
    }

    @Test
    void anOperatorThatNeverConnectedMakesNoConnection() {
        Object connection = new Object();
        connectWithoutSocket(new Object(), connection);
        assertNull(tracker.find(connection), "no TCP connect, no new connection (issue 11, point 6)");
        hooks.exchanged(state, connection, new java.io.IOException("Socket is not connected"));
        assertNull(tracker.find(connection), "nothing went out on it");
        for (OriginStats s : tracker.origins()) {
            assertEquals(0, s.snapshot().newConnections, s.label());
            assertEquals(0, s.snapshot().requests, s.label());
        }
    }

    @Test
    void aConnectionOverATransportTheAgentDoesNotSeeCountsAtItsFirstExchange() {
        Object connection = new Object();
        connectWithoutSocket(new Object(), connection); // e.g. a Unix domain socket
        hooks.exchanged(state, connection, null);
        assertNotNull(tracker.find(connection));
        assertEquals(1, stats().newConnections);
        assertEquals(1, stats().requests);
    }

    /** acquireEndpoint, whose pool had no idle connection: the operator connects a new one next. */
    private void missed(Object manager) {
        hooks.acquireStarting(state, manager, ROUTE);
        hooks.poolLeased(state, true);
        hooks.poolMissed(state);
        hooks.acquireEnded(state, false, null);
    }

    /** acquireEndpoint handing out an idle connection. */
    private void reuse(Object manager, Object connection) {
        hooks.acquireStarting(state, manager, ROUTE);
        hooks.poolLeased(state, true);
        hooks.activated(state, connection);
        hooks.acquireEnded(state, true, null);
    }

    private void exchangeAndRelease(Object connection) {
        hooks.exchanged(state, connection, null);
        hooks.returned(connection);
    }

    @Test
    void aPooledConnectionIsOpenedOnceAndThenReused() {
        Object manager = new Object();
        Object connection = new Object();
        ConnectionRecord record = openNew(manager, connection);
        assertNotNull(record, "one connection for the nested connect overloads");
        assertEquals(Reason.FIRST_USE, record.reason());
        exchangeAndRelease(connection);
        reuse(manager, connection);
        exchangeAndRelease(connection);
        OriginStats.Snapshot s = stats();
        assertEquals(2, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(1, s.reusedConnections);
    }

    @Test
    void aConnectionManagerPerRequestIsNewClient() {
        Object first = new Object();
        openNew(new Object(), first);
        exchangeAndRelease(first);
        hooks.closing(state, first, "GRACEFUL");
        ConnectionRecord second = openNew(new Object(), new Object());
        assertEquals(Reason.NEW_CLIENT, second.reason());
    }

    @Test
    void aResponseLeftOpenMakesTheNextConnectionBodyNotConsumed() {
        Object manager = new Object();
        Object leaked = new Object();
        openNew(manager, leaked);
        hooks.exchanged(state, leaked, null); // never released: the response was not closed
        ConnectionRecord next = openNew(manager, new Object());
        assertEquals(Reason.BODY_NOT_CONSUMED, next.reason());
    }

    /** A thread state of another thread (its own thread id), to drive as that thread would. */
    private ApacheThreadState otherThreadState() throws InterruptedException {
        ApacheThreadState[] other = new ApacheThreadState[1];
        Thread thread = new Thread(new Runnable() {
            @Override
            public void run() {
                other[0] = fixture.freshThreadState();
            }
        });
        thread.start();
        thread.join();
        return other[0];
    }

    @Test
    void aConnectionAnotherThreadLeasedIsNotAbandonedByTheThreadThatReleasedIt() throws Exception {
        // issue 11, point 1: under load thread A releases its connection, thread B leases it and reads its body,
        // A queues for its next lease; A moving on must not mark B's connection abandoned
        Object manager = new Object();
        Object shared = new Object();
        ApacheThreadState a = state;
        openNew(manager, shared);
        exchangeAndRelease(shared);
        state = otherThreadState();
        reuse(manager, shared);
        hooks.exchanged(state, shared, null); // B is reading the body
        state = a;
        hooks.acquireStarting(state, manager, ROUTE);
        hooks.poolLeased(state, false); // A queued: it moves on from its last connection
        hooks.poolMissed(state);
        hooks.acquireEnded(state, false, null);
        hooks.connectStarting(state);
        Object second = new Object();
        transport.connected(new Object(), new InetSocketAddress("127.0.0.1", 80), 1_000_000, true);
        hooks.connectEnded(state, second, null);
        assertEquals(Reason.POOL_BUSY, tracker.find(second).reason());
    }

    @Test
    void theRequestsOwnConnectionCloseIsAppClosedTheServersIsServerClosed() {
        Object manager = new Object();
        Object first = new Object();
        openNew(manager, first);
        hooks.exchanged(state, first, null);
        hooks.reuseRefused(state, true); // the request said Connection: close
        hooks.nonReusable(state);
        hooks.closing(state, first, "IMMEDIATE");
        Object second = new Object();
        assertEquals(Reason.APP_CLOSED, openNew(manager, second).reason());
        hooks.exchanged(state, second, null);
        hooks.reuseRefused(state, false); // the response said Connection: close
        hooks.nonReusable(state);
        hooks.closing(state, second, "IMMEDIATE");
        assertEquals(Reason.SERVER_CLOSED, openNew(manager, new Object()).reason());
        assertEquals(1L, stats().closes.get("app-closed"));
        assertEquals(1L, stats().closes.get("server-closed"));
    }

    @Test
    void aQueuedLeaseCountsItsWaitAndItsTimeout() throws Exception {
        Object manager = new Object();
        openNew(manager, new Object());
        hooks.acquireStarting(state, manager, ROUTE);
        hooks.poolLeased(state, false); // queued at the per-route limit
        Thread.sleep(5);
        hooks.acquireEnded(state, false, new RuntimeException(new TimeoutException("deadline")));
        assertNull(state.newOrigin, "a failed lease opens nothing");
        hooks.acquireStarting(state, manager, ROUTE);
        hooks.poolLeased(state, true); // served at once: no wait
        hooks.acquireEnded(state, true, null);
        OriginStats.Snapshot s = stats();
        assertEquals(1, s.leaseWaits.waits);
        assertEquals(1, s.leaseWaits.timeouts);
        assertEquals(s.leaseWaits.totalNanos, s.leaseWaits.maxNanos);
        assertEquals(true, s.leaseWaits.maxNanos >= 5_000_000L, () -> "waited " + s.leaseWaits.maxNanos);
    }

    @Test
    void aProxyConnectIsNotAnExchange() {
        Object connection = new Object();
        openNew(new Object(), connection);
        hooks.notAnExchangeStarting(state);
        hooks.exchanged(state, connection, null);
        hooks.notAnExchangeEnded(state);
        hooks.exchanged(state, connection, null);
        assertEquals(1, stats().requests);
    }

    @Test
    void aFailedConnectOpensNothing() {
        Object connection = new Object();
        hooks.acquireStarting(state, new Object(), ROUTE);
        hooks.acquireEnded(state, false, null);
        hooks.connectStarting(state);
        hooks.connectEnded(state, connection, new java.net.ConnectException("refused"));
        assertNull(tracker.find(connection));
    }

    @Test
    void afterAnAttachAnIdleConnectionHandedOutIsAdopted() {
        Apache5Tracking attached = new Apache5Tracking(tracker, transport, true);
        Object connection = new Object();
        attached.acquireStarting(state, new Object(), ROUTE);
        attached.activated(state, connection);
        attached.acquireEnded(state, true, null);
        attached.exchanged(state, connection, null);
        OriginStats.Snapshot s = stats();
        assertEquals(1, s.requests);
        assertEquals(0, s.newConnections);
        assertEquals(1, s.reusedConnections);
    }

    @Test
    void timeoutsAreRecognisedByName() {
        assertEquals(true, dev.reuseagent.client.apache.ApacheFailures.timedOut(new TimeoutException()));
        assertEquals(true, dev.reuseagent.client.apache.ApacheFailures.timedOut(new java.io.IOException(new TimeoutException())));
        assertEquals(false, dev.reuseagent.client.apache.ApacheFailures.timedOut(new java.io.IOException("interrupted")));
    }
}
