package dev.reuseagent.transport;

import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.SiteFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Connects a client reports itself (Netty's channels, which the socket hooks miss or see on an event loop): counted
 * once, attributed to that client with the site it remembered, and a socket connect inside the client's own connect
 * call is left to it.
 */
class TransportTrackerClientReportedTest {

    private static final InetSocketAddress API = InetSocketAddress.createUnresolved("api.example.com", 443);
    private final TransportTracker transport = new TransportTracker(100, new SiteFinder(false, List.of(), List.of()));

    @AfterEach
    void clearThread() {
        TransportThreadState.current().connectsReportedByClient = 0;
        TransportThreadState.current().connectDepth = 0;
        TransportThreadState.current().lastConnect = null;
    }

    private EndpointStats.Snapshot api() {
        return EndpointSnapshots.of(transport, "api.example.com:443");
    }

    @Test
    void aReportedConnectIsAttributedToItsClientWithItsSite() {
        TransportConnect connect = transport.connectedBy("netty", new Object(), API, 2_000_000, true,
                "com.acme.Job.run(Job.java:7)");
        assertNotNull(connect);
        assertEquals("com.acme.Job.run(Job.java:7)", connect.site());
        EndpointStats.Snapshot e = api();
        assertEquals(1, e.tcpConnects);
        assertEquals(1, e.attributed);
        assertEquals(0, e.unattributed());
        assertEquals(Map.of("netty", 1L), e.clients);
        assertEquals(Map.of("com.acme.Job.run(Job.java:7)", 1L), e.sites);
        assertEquals(2_000_000, e.connectNanos);
    }

    @Test
    void aFailedReportedConnectCountsAsAFailure() {
        assertNull(transport.connectedBy("netty", new Object(), API, 1_000, false, null));
        EndpointStats.Snapshot e = api();
        assertEquals(0, e.tcpConnects);
        assertEquals(1, e.failedConnects);
    }

    @Test
    void aSocketConnectInsideAReportingClientCallIsNotCountedAgain() {
        Object channel = new Object();
        TransportThreadState.current().connectsReportedByClient++;
        TransportThreadState.current().connectDepth++;
        transport.connectExited(channel, API, System.nanoTime(), true, null); // pending non-blocking connect
        TransportThreadState.current().connectsReportedByClient--;
        transport.connectFinished(channel, true, false, System.nanoTime());
        transport.connectedBy("netty", channel, API, 1_000, true, null);
        EndpointStats.Snapshot e = api();
        assertEquals(1, e.tcpConnects);
        assertEquals(Map.of("netty", 1L), e.clients);
        assertNull(TransportThreadState.current().lastConnect);
    }

    @Test
    void outsideAReportingClientCallTheSocketConnectCounts() {
        Object channel = new Object();
        TransportThreadState.current().connectDepth++;
        transport.connectExited(channel, API, System.nanoTime(), false, null);
        EndpointStats.Snapshot e = api();
        assertEquals(1, e.tcpConnects);
        assertEquals(Map.of("unknown", 1L), e.clients);
    }

    @Test
    void aReportedConnectClaimedByTheHttpClientAboveIsAttributedOnceToThatClient() {
        Object channel = new Object();
        TransportConnect connect = transport.connectedBy("netty", channel, API, 1_000, true, "com.acme.Job.run(J.java:7)");
        ConnectionTracker tracker = new ConnectionTracker(EventSink.NONE, HostFilter.all(), 100);
        ConnectionRecord record = tracker.opened(channel, "reactor-netty", Origin.of("https", "api.example.com", 443),
                "pool#1", 0, connect.connectNanos(), connect.site(), 1);

        assertEquals(connect, transport.claim(channel));
        transport.attribute(connect, record);
        assertNull(transport.claim(channel), "claimed once");
        EndpointStats.Snapshot e = api();
        assertEquals(1, e.tcpConnects);
        assertEquals(1, e.attributed);
        assertEquals(0, e.unattributed());
        assertEquals(Map.of("reactor-netty", 1L), e.clients);
    }

    @Test
    void aReportedConnectWhoseConnectionFailedGoesToTheClaimingClient() {
        Object channel = new Object();
        TransportConnect connect = transport.connectedBy("netty", channel, API, 1_000, true, null);
        transport.attributeFailed(transport.claim(channel), "reactor-netty");
        EndpointStats.Snapshot e = api();
        assertEquals(1, e.attributed);
        assertEquals(Map.of("reactor-netty", 1L), e.clients);
        assertNotNull(connect);
    }
}
