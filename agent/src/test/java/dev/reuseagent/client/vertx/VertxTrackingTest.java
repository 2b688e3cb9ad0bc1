package dev.reuseagent.client.vertx;

import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.track.RecordingSink;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportTracker;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Vert.x tracking driven in the order Vert.x 5.0's HTTP/1.x client calls the hooks (see VertxInstrumentation),
 * with plain objects standing in for its client, connections and Netty channels; the netty slice's connect report
 * is {@code TransportTracker#connectedBy}, made before the connection is built (over TLS) or after it (plain HTTP:
 * Vert.x's own connect listener runs first).
 */
class VertxTrackingTest {

    private static final Origin ORIGIN = Origin.of("http", "api.example", 8080);
    private static final InetSocketAddress TARGET = new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080);
    private static final String SITE = "com.acme.Export.fetch(Export.java:42)";

    private final ConnectionTracker tracker = new ConnectionTracker(new RecordingSink(false),
            new HostFilter(List.of(), List.of()), 100, System::nanoTime);
    private final TransportTracker transport = new TransportTracker(100, new SiteFinder(true, List.of(), List.of()));
    private final VertxTracking tracking = new VertxTracking(tracker, transport);

    /** A new connection of {@code client}'s pool, its connect reported by the netty slice before or after. */
    private Object open(Object client, boolean reportedFirst) {
        Object channel = new Object();
        Object connection = new Object();
        if (reportedFirst) {
            transport.connectedBy("netty", channel, TARGET, 1_000_000, true, SITE);
        }
        tracking.built(connection, client, ORIGIN, channel);
        if (!reportedFirst) {
            transport.connectedBy("netty", channel, TARGET, 1_000_000, true, SITE);
        }
        return connection;
    }

    /** One request leased the connection, its stream ended. */
    private void exchange(Object connection) {
        tracking.streamCreated(connection);
        tracking.streamClosed(connection, null);
    }

    private OriginStats.Snapshot stats() {
        return tracker.origins().stream().filter(s -> s.label().equals(ORIGIN.toString())).findFirst()
                .orElseThrow().snapshot();
    }

    private EndpointStats.Snapshot endpoint() {
        return transport.endpoints().get(0).snapshot();
    }

    @Test
    void sharedClientReusesItsPooledConnectionAndClaimsTheLateReportedConnect() {
        Object client = new Object();
        Object connection = open(client, false);
        for (int i = 0; i < 5; i++) {
            exchange(connection);
        }
        OriginStats.Snapshot s = stats();
        assertEquals(5, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(4, s.reusedConnections);
        assertEquals(1L, s.reasons.get("first-use"));
        assertEquals(1L, s.sites.get(SITE));
        assertEquals(5L, s.clients.get("vertx"));
        assertEquals(1L, endpoint().clients.get("vertx"));
        assertEquals(null, endpoint().clients.get("netty"));
    }

    @Test
    void aClientPerRequestIsNewClientClosedByTheApplication() {
        for (int i = 0; i < 3; i++) {
            Object client = new Object();
            Object connection = open(client, true);
            exchange(connection);
            tracking.clientClosing(client);
            tracking.connectionClosed(connection, client, false, Long.MAX_VALUE);
        }
        OriginStats.Snapshot s = stats();
        assertEquals(3, s.newConnections);
        assertEquals(1L, s.reasons.get("first-use"));
        assertEquals(2L, s.reasons.get("new-client"));
        assertEquals(3L, s.closes.get("app-closed"));
        assertEquals(3L, s.sites.get(SITE));
        assertEquals(3L, endpoint().clients.get("vertx"));
    }

    @Test
    void connectionCloseFromTheServerAndAnExpiredKeepAlive() {
        Object client = new Object();
        Object first = open(client, false);
        exchange(first);
        tracking.connectionClosed(first, client, true, Long.MAX_VALUE); // wantClose: Connection: close
        Object second = open(client, false);
        exchange(second);
        tracking.connectionClosed(second, client, false, System.currentTimeMillis() - 1); // cleaner: expired
        Object third = open(client, false);
        exchange(third);
        OriginStats.Snapshot s = stats();
        assertEquals(3, s.newConnections);
        assertEquals(1L, s.reasons.get("server-closed"));
        assertEquals(1L, s.reasons.get("idle-timeout"));
        assertEquals(1L, s.closes.get("server-closed"));
        assertEquals(1L, s.closes.get("idle-timeout"));
    }

    @Test
    void aConnectionOpenedWhileAnotherIsLeasedIsPoolBusy() {
        Object client = new Object();
        Object first = open(client, true);
        tracking.streamCreated(first); // still busy
        Object second = open(client, true);
        exchange(second);
        tracking.streamClosed(first, null);
        OriginStats.Snapshot s = stats();
        assertEquals(2, s.requests);
        assertEquals(1L, s.reasons.get("first-use"));
        assertEquals(1L, s.reasons.get("pool-busy"));
    }

    @Test
    void aConnectionClosedBeforeItsFirstRequestEndedIsStillCounted() {
        Object client = new Object();
        Object connection = open(client, false);
        tracking.streamCreated(connection);
        tracking.connectionClosed(connection, client, false, Long.MAX_VALUE);
        OriginStats.Snapshot s = stats();
        assertEquals(1, s.newConnections);
        assertEquals(1, s.requests);
        assertEquals(1L, s.closes.size());
        assertEquals(1L, endpoint().clients.get("vertx"));
    }

    @Test
    void http2StreamsOnOneConnectionAndAPendingConnectClaimedAtALaterStream() {
        Object client = new Object();
        Object connection = new Object();
        Object channel = new Object();
        tracking.built(connection, client, ORIGIN, channel); // h2c: built before the netty slice reported
        tracking.h2StreamCreated(connection);
        transport.connectedBy("netty", channel, TARGET, 1_000_000, true, SITE);
        for (int i = 0; i < 4; i++) {
            tracking.h2StreamCreated(connection);
        }
        OriginStats.Snapshot s = stats();
        assertEquals(5, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(4, s.reusedConnections);
        assertEquals(1L, s.sites.get(SITE));
        assertEquals(1L, endpoint().clients.get("vertx"));
    }
}
