package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.track.RecordingSink;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportThreadState;
import dev.reuseagent.transport.TransportTracker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The java.net.http hook logic, driven in the order the JDK calls the hooks (see JdkHttpInstrumentation), with plain
 * objects standing in for HttpClientImpl, PlainHttpConnection, AsyncSSLConnection and SocketChannel.
 */
class JdkHttpTrackingTest {

    /** A real request: the agent reads its origin through the public {@code HttpRequest#uri()}. */
    private static final HttpRequest REQUEST =
            HttpRequest.newBuilder(URI.create("https://api.example/items?secret=1")).build();

    private final ConnectionTracker tracker = new ConnectionTracker(new RecordingSink(false),
            new HostFilter(List.of(), List.of()), 100, System::nanoTime);
    private final TransportTracker transport = new TransportTracker(100, new SiteFinder(true, List.of(), List.of()));
    private final JdkHttpTracking hooks = new JdkHttpTracking(tracker, transport, false);
    private JdkHttpThreadState thread;

    @BeforeEach
    void freshThreadState() {
        thread = new JdkHttpThreadState(TransportThreadState.current());
    }

    /** A request that gets a new TLS connection: plain + channel built inside getConnection, pool had nothing. */
    private Object newTlsConnection(Object client) throws Exception {
        Object plain = new Object();
        Object tls = new Object();
        hooks.poolLookedUp(thread, null);
        hooks.plainCreated(thread, plain, new Object());
        hooks.connectionChosen(thread, tls, client, REQUEST);
        return tls;
    }

    private long newConnections() {
        return tracker.origins().stream().mapToLong(o -> o.snapshot().newConnections).sum();
    }

    private OriginStats.Snapshot origin() {
        return tracker.origins().get(0).snapshot();
    }

    @Test
    void aNewConnectionCountsAtItsFirstResponseAndThenIsReused() throws Exception {
        Object client = new Object();
        hooks.clientCreated(client, 7);
        Object connection = newTlsConnection(client);
        assertEquals(0, newConnections(), "not registered before a response arrives");
        hooks.exchangeDone(thread, connection, REQUEST);
        hooks.returned(connection);
        for (int i = 0; i < 3; i++) {
            hooks.poolLookedUp(thread, connection);
            hooks.connectionChosen(thread, connection, client, REQUEST);
            hooks.exchangeDone(thread, connection, REQUEST);
            hooks.returned(connection);
        }
        OriginStats.Snapshot o = origin();
        assertEquals("https://api.example:443", o.origin);
        assertEquals(4, o.requests);
        assertEquals(1, o.newConnections);
        assertEquals(3, o.reusedConnections);
        assertEquals(1L, o.reasons.get("first-use"));
    }

    @Test
    void http2StreamsOnOneConnectionAreReusedExchanges() throws Exception {
        Object client = new Object();
        hooks.clientCreated(client, 1);
        Object connection = newTlsConnection(client);
        for (int i = 0; i < 5; i++) {
            hooks.exchangeDone(thread, connection, REQUEST); // five streams, no pool round trip in between
        }
        assertEquals(1, origin().newConnections);
        assertEquals(4, origin().reusedConnections);
    }

    @Test
    void aClientPerRequestIsNewClient() throws Exception {
        for (int i = 0; i < 4; i++) {
            Object client = new Object();
            hooks.clientCreated(client, i);
            hooks.exchangeDone(thread, newTlsConnection(client), REQUEST);
        }
        assertEquals(4, origin().newConnections);
        assertEquals(3L, origin().reasons.get("new-client"));
    }

    @Test
    void aConnectionThatNeverAnsweredLeavesNoRecord() throws Exception {
        Object client = new Object();
        hooks.clientCreated(client, 1);
        newTlsConnection(client); // connect failed: no response
        assertEquals(0, newConnections());
    }

    @Test
    void aPooledConnectionNotUsedWasStale() throws Exception {
        Object client = new Object();
        hooks.clientCreated(client, 1);
        Object first = newTlsConnection(client);
        hooks.exchangeDone(thread, first, REQUEST);
        hooks.returned(first);
        hooks.poolLookedUp(thread, first); // handed out, but dead: getConnection makes a new one
        hooks.plainCreated(thread, new Object(), new Object());
        Object second = new Object();
        hooks.connectionChosen(thread, second, client, REQUEST);
        hooks.exchangeDone(thread, second, REQUEST);
        assertEquals(1L, origin().closes.get("stale"));
        assertEquals(1L, origin().reasons.get("stale"));
    }

    @Test
    void theOutermostMeaningfulFrameDecidesTheCloseCause() throws Exception {
        String p = "jdk.internal.net.http.";
        assertEquals(CloseCause.IDLE_TIMEOUT, JdkHttpCloseCauses.cause(List.of(
                p + "PlainHttpConnection#close", p + "ConnectionPool#cleanup", p + "ConnectionPool#close",
                p + "ConnectionPool#purgeExpiredConnectionsAndReturnNextDeadline",
                p + "HttpClientImpl$SelectorManager#run")));
        assertEquals(CloseCause.BODY_NOT_CONSUMED, JdkHttpCloseCauses.cause(List.of(
                p + "PlainHttpConnection#close", p + "Http1AsyncReceiver$Http1AsyncDelegateSubscription#cancel",
                "java.io.InputStream#close", "com.acme.App#main")));
        assertEquals(CloseCause.SERVER_CLOSED, JdkHttpCloseCauses.cause(List.of(
                p + "PlainHttpConnection#close", p + "HttpConnection#closeOrReturnToCache")));
        assertEquals(CloseCause.APP_CLOSED, JdkHttpCloseCauses.cause(List.of(
                p + "PlainHttpConnection#close", p + "ConnectionPool#stop", p + "HttpClientImpl#stop")));
        assertEquals(CloseCause.UNKNOWN, JdkHttpCloseCauses.cause(List.of(p + "PlainHttpConnection#close")));
    }
}
