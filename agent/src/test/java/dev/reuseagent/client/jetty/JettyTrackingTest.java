package dev.reuseagent.client.jetty;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.track.RecordingSink;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportThreadState;
import dev.reuseagent.transport.TransportTracker;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The Jetty tracking driven in the order Jetty 12.1's pool and HTTP/1.1 channel call the hooks (see
 * JettyInstrumentation), with plain objects standing in for Jetty's: a destination, a pool, a promise, a connection,
 * and {@link FakeResult} for an exchange's {@code Result}.
 */
class JettyTrackingTest {

    private static final Origin ORIGIN = Origin.of("http", "api.example", 80);

    private final RecordingSink sink = new RecordingSink(false);
    private final ConnectionTracker tracker = new ConnectionTracker(sink, new HostFilter(List.of(), List.of()), 100,
            System::nanoTime);
    private final TransportTracker transport = new TransportTracker(100, new SiteFinder(true, List.of(), List.of()));
    private final JettyTracking tracking = new JettyTracking(tracker, transport, new FakeApi());
    private final JettyThreadState thread = new JettyThreadState(TransportThreadState.current());

    /** An exchange's outcome, as the fake API reads it. */
    private record FakeResult(boolean responded, boolean failed, boolean requestAsksClose, Throwable failure) {
        FakeResult(boolean responded, boolean failed, boolean requestAsksClose) {
            this(responded, failed, requestAsksClose, null);
        }
    }

    private static final FakeResult OK = new FakeResult(true, false, false);

    private static final class FakeApi implements JettyApi {
        @Override
        public Origin origin(Object destination) {
            return ORIGIN;
        }

        @Override
        public Object socketChannel(Object connection) {
            return null;
        }

        @Override
        public Object sslEngine(Object connection) {
            return connection instanceof TlsConnection ? "engine" : null;
        }

        @Override
        public boolean responded(Object result) {
            return ((FakeResult) result).responded();
        }

        @Override
        public boolean failed(Object result) {
            return ((FakeResult) result).failed();
        }

        @Override
        public Throwable failure(Object result) {
            return ((FakeResult) result).failure();
        }

        @Override
        public boolean requestAsksClose(Object result) {
            return ((FakeResult) result).requestAsksClose();
        }
    }

    /** A connection over TLS, as the fake API sees it. */
    private static final class TlsConnection {
    }

    /** The pool of {@code destination} misses and a new connection over TLS enters it. */
    private Object tlsConnection(Object destination, Object pool) {
        return open(destination, pool, new TlsConnection());
    }

    /** The pool of {@code destination} misses and a new connection enters it. */
    private Object open(Object destination, Object pool) {
        return open(destination, pool, new Object());
    }

    private Object open(Object destination, Object pool, Object connection) {
        Object promise = new Object();
        tracking.connectionRequested(thread, destination, promise);
        tracking.connectionCreated(promise, pool, connection);
        return connection;
    }

    /** One exchange on the connection: acquired, ended with {@code result}, released unless Jetty closed it. */
    private void exchange(Object connection, FakeResult result, CloseCause closedInside) {
        tracking.acquired(thread, connection);
        tracking.exchangeEnding(thread, connection, result);
        if (closedInside != null) {
            tracking.removed(thread, connection);
        } else {
            tracking.released(connection, tracking.releasing(connection));
        }
        JettyTracking.exchangeEnded(thread, connection);
    }

    private OriginStats.Snapshot stats() {
        return tracker.origins().stream().filter(s -> s.label().equals(ORIGIN.toString())).findFirst()
                .orElseThrow().snapshot();
    }

    @Test
    void sharedClientReusesItsPooledConnection() {
        Object destination = new Object();
        Object connection = open(destination, new Object());
        for (int i = 0; i < 5; i++) {
            exchange(connection, OK, null);
        }
        OriginStats.Snapshot s = stats();
        assertEquals(5, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(4, s.reusedConnections);
        assertEquals(1L, s.reasons.get("first-use"));
        assertEquals(5L, s.clients.get("jetty"));
    }

    @Test
    void aClientPerRequestIsANewPoolEachTime() {
        for (int i = 0; i < 3; i++) {
            Object connection = open(new Object(), new Object());
            exchange(connection, OK, null);
        }
        OriginStats.Snapshot s = stats();
        assertEquals(3, s.newConnections);
        assertEquals(1L, s.reasons.get("first-use"));
        assertEquals(2L, s.reasons.get("new-client"));
    }

    @Test
    void closesAfterAnExchangeTakeTheirCauseFromItsResult() {
        Object destination = new Object();
        Object pool = new Object();
        exchange(open(destination, pool), new FakeResult(true, false, false), CloseCause.SERVER_CLOSED);
        exchange(open(destination, pool), new FakeResult(true, false, true), CloseCause.APP_CLOSED);
        exchange(open(destination, pool), new FakeResult(false, true, false), CloseCause.FAILED);
        Object last = open(destination, pool);
        tracking.acquired(thread, last);
        OriginStats.Snapshot s = stats();
        assertEquals(1L, s.closes.get("server-closed"));
        assertEquals(1L, s.closes.get("app-closed"));
        assertEquals(1L, s.closes.get("failed"));
        assertEquals(1L, s.failedExchanges);
        // each new connection's reason is the pool's memory of the last close
        assertEquals(1L, s.reasons.get("server-closed"));
        assertEquals(1L, s.reasons.get("app-closed"));
        assertEquals("failed", tracker.find(last).reason().label());
    }

    /**
     * Jetty hands a TLS connection to its first exchange before the handshake, which fails as that exchange runs
     * (an untrusted certificate): a failed connection at the application's line, no new connection, no request.
     * The same exception on a connection that already carried an exchange is a failed exchange.
     */
    @Test
    void aHandshakeThatFailsInTheFirstExchangeIsAFailedConnection() {
        Object destination = new Object();
        Object pool = new Object();
        FakeResult untrusted = new FakeResult(false, true, false, new java.io.IOException("wrapped",
                new javax.net.ssl.SSLHandshakeException("PKIX path building failed")));
        for (int i = 0; i < 2; i++) {
            exchange(open(destination, pool), untrusted, CloseCause.FAILED);
        }
        Object used = open(destination, pool);
        exchange(used, OK, null);
        exchange(used, untrusted, CloseCause.FAILED);
        OriginStats.Snapshot s = stats();
        assertEquals(2, s.failedConnections);
        assertEquals(1, s.newConnections);
        assertEquals(2, s.requests);
        assertEquals(1, s.failedExchanges);
        assertEquals(2, sink.count("failed " + ORIGIN + " via jetty error=SSLHandshakeException at "));
        assertEquals(1, sink.count("opened"));
    }

    /** The failed handshake may close the connection (out of its pool) before its exchange ends: the same report. */
    @Test
    void aHandshakeFailureThatClosesTheConnectionBeforeItsExchangeEndsIsAFailedConnection() {
        FakeResult untrusted = new FakeResult(false, true, false,
                new javax.net.ssl.SSLHandshakeException("PKIX path building failed"));
        Object connection = tlsConnection(new Object(), new Object());
        tracking.acquired(thread, connection);
        tracking.removed(thread, connection);
        tracking.exchangeEnding(thread, connection, untrusted);
        JettyTracking.exchangeEnded(thread, connection);
        // a plain failure of a first exchange so closed is still a new connection, closed when its exchange ends
        Object other = tlsConnection(new Object(), new Object());
        tracking.acquired(thread, other);
        tracking.removed(thread, other);
        tracking.exchangeEnding(thread, other, new FakeResult(false, true, false, new java.io.EOFException()));
        OriginStats.Snapshot s = stats();
        assertEquals(1, s.failedConnections);
        assertEquals(1, s.newConnections);
        assertEquals(1, s.failedExchanges);
        assertEquals(1, sink.count("failed " + ORIGIN + " via jetty error=SSLHandshakeException at "));
        assertNull(tracker.find(connection));
        assertNull(tracker.find(other));
    }

    @Test
    void theIdleTimeoutClosesAsIdleTimeout() {
        Object destination = new Object();
        Object pool = new Object();
        Object connection = open(destination, pool);
        exchange(connection, OK, null);
        thread.idleExpiring = connection;
        tracking.removed(thread, connection);
        thread.idleExpiring = null;
        exchange(open(destination, pool), OK, null);
        OriginStats.Snapshot s = stats();
        assertEquals(1L, s.closes.get("idle-timeout"));
        assertEquals(1L, s.reasons.get("idle-timeout"));
    }

    @Test
    void aConnectionNoExchangeTookIsNotANewOne() {
        Object destination = new Object();
        Object pool = new Object();
        Object used = open(destination, pool);
        Object unused = open(destination, pool); // HTTP/2: opened under demand, then never needed
        exchange(used, OK, null);
        tracking.removed(thread, unused);
        tracking.removed(thread, used);
        OriginStats.Snapshot s = stats();
        assertEquals(1, s.newConnections);
        assertEquals(1, s.requests);
        assertNull(tracker.find(unused));
    }

    @Test
    void aConnectionThePoolDidNotAskForIsNotTracked() {
        Object connection = new Object();
        tracking.connectionCreated(new Object(), new Object(), connection);
        tracking.acquired(thread, connection);
        tracking.exchangeEnding(thread, connection, OK);
        assertNull(tracker.find(connection));
        assertEquals(0, tracker.origins().stream().filter(o -> o.origin() != null).count());
    }

    @Test
    void whoRemovedAConnectionOutsideAnExchange() {
        String pool = "org.eclipse.jetty.client.AbstractConnectionPool";
        assertEquals(CloseCause.APP_CLOSED, JettyCloseCauses.of(List.of("dev.reuseagent.client.jetty.X#y",
                pool + "#onRemoved", pool + "#doStop", "org.eclipse.jetty.client.HttpClient#doStop")));
        assertEquals(CloseCause.SERVER_CLOSED, JettyCloseCauses.of(List.of(pool + "#onRemoved",
                "org.eclipse.jetty.client.transport.internal.HttpConnectionOverHTTP#close",
                "org.eclipse.jetty.client.transport.internal.HttpReceiverOverHTTP#process")));
        assertEquals(CloseCause.APP_CLOSED, JettyCloseCauses.of(List.of(pool + "#onRemoved",
                "org.eclipse.jetty.client.transport.internal.HttpConnectionOverHTTP#close", "com.acme.App#main")));
        assertEquals(CloseCause.UNKNOWN, JettyCloseCauses.of(List.of(pool + "#onRemoved", pool + "#sweep")));
        // maxUsage / maxDuration: the pool's own limits, also when the application's send() is below
        assertEquals(CloseCause.UNKNOWN, JettyCloseCauses.of(List.of(pool + "#onRemoved", pool + "#remove",
                pool + "#activate", pool + "#acquire", "com.acme.App#main")));
        assertEquals(CloseCause.UNKNOWN, JettyCloseCauses.of(List.of(pool + "#onRemoved", pool + "#remove",
                pool + "#deactivate", pool + "#release")));
    }
}
