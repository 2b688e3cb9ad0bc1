package dev.reuseagent.client.okhttp;

import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.EndpointStats;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** OkHttp's TCP connects: claimed by the connection they opened, or discarded, never left unknown. */
class OkHttpConnectsTest extends OkHttpTestBase {

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
}
