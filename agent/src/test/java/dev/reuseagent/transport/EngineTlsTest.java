package dev.reuseagent.transport;

import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.SiteFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SSLEngine handshakes as the transport's engine hooks report them: one per engine, full or resumed, on the connect
 * the engine is paired with (by the client's channel, or by this thread's last connect to the same peer), else on
 * the peer's endpoint; never for engines a client counts itself, server engines, or a handshake that never finished.
 */
class EngineTlsTest {

    private static final InetSocketAddress API = new InetSocketAddress("127.0.0.1", 8443);
    private final TransportTracker transport = new TransportTracker(100, new SiteFinder(false, List.of(), List.of()));
    private final EngineTls engines = transport.engines();

    @AfterEach
    void clearThread() {
        TransportThreadState.current().lastConnect = null;
    }

    private EndpointStats.Snapshot api() {
        return EndpointSnapshots.of(transport, "127.0.0.1:8443");
    }

    private static FakeEngine engine() {
        return new FakeEngine("127.0.0.1", 8443, true);
    }

    private void handshake(FakeEngine engine) {
        engines.handshaking(engine, System.nanoTime());
        engines.handshaking(engine, System.nanoTime()); // every wrap and unwrap of the handshake says so
        engines.finished(engine);
    }

    @Test
    void anEngineOnAClientsChannelCountsOnThatChannelsConnect() {
        Object channel = new Object();
        TransportConnect connect = transport.connectedBy("netty", channel, API, 1_000, true, null);
        FakeEngine engine = engine();
        engines.onChannel(engine, channel);
        handshake(engine);
        engines.finished(engine); // a post-handshake message (a TLS 1.3 session ticket) also says FINISHED
        assertTrue(connect.tlsDone);
        assertFalse(connect.tlsResumed);
        assertTrue(connect.tlsNanos > 0);
        assertEquals(1, api().tlsFull);
        assertEquals(0, api().tlsResumed);
    }

    @Test
    void anEngineOnAnUnclaimedSocketCountsOnThatSocketsConnect() {
        Object socket = new Object();
        transport.connected(socket, API, 1_000, true);
        TransportConnect connect = TransportThreadState.current().lastConnect;
        TransportThreadState.current().lastConnect = null; // the engine runs on another thread than the connect
        FakeEngine engine = engine();
        engines.onChannel(engine, socket);
        handshake(engine);
        assertTrue(connect.tlsDone);
        assertEquals(1, api().tlsFull);
    }

    /** Jetty: named while still unclaimed, then claimed by the client before its handshake ends. */
    @Test
    void anEngineNamedBeforeItsSocketIsClaimedStillCountsOnThatConnect() {
        Object socket = new Object();
        transport.connected(socket, API, 1_000, true);
        TransportThreadState.current().lastConnect = null; // the engine runs on another thread than the connect
        FakeEngine engine = engine();
        engines.onChannel(engine, socket);
        TransportConnect connect = transport.claim(socket);
        handshake(engine);
        assertTrue(connect.tlsDone);
        assertEquals(1, api().tlsFull);
    }

    @Test
    void anEngineBegunAfterThisThreadsConnectToItsPeerCountsOnThatConnect() {
        Object socket = new Object();
        transport.connected(socket, API, 1_000, true);
        TransportConnect connect = TransportThreadState.current().lastConnect;
        FakeEngine engine = engine();
        engine.sessionCreated = 0; // a session from an earlier handshake
        handshake(engine);
        assertTrue(connect.tlsDone);
        assertTrue(connect.tlsResumed);
        assertEquals(1, api().tlsResumed);
    }

    @Test
    void aConnectToAnotherPeerIsNotPaired() {
        transport.connected(new Object(), new InetSocketAddress("127.0.0.1", 9999), 1_000, true);
        TransportConnect other = TransportThreadState.current().lastConnect;
        transport.connected(new Object(), API, 1_000, true);
        TransportThreadState.current().lastConnect = other;
        handshake(engine());
        assertFalse(other.tlsDone);
        assertEquals(1, api().tlsFull, "counted on the peer's endpoint");
    }

    @Test
    void withoutAPairingAKnownEndpointCountsIt() {
        transport.connected(new Object(), API, 1_000, true);
        TransportThreadState.current().lastConnect = null;
        handshake(engine());
        assertEquals(1, api().tlsFull);
    }

    @Test
    void anUnknownPeerCountsNowhere() {
        handshake(new FakeEngine("elsewhere.example", 443, true));
        assertEquals(1, transport.endpoints().size(), "only 'other'");
        assertEquals(0, transport.endpoints().get(0).snapshot().tlsFull);
    }

    @Test
    void engineReportedByClientsServerEnginesAndUnfinishedHandshakesAreNotCounted() {
        Object channel = new Object();
        TransportConnect connect = transport.connectedBy("netty", channel, API, 1_000, true, null);
        FakeEngine own = engine();
        engines.reportedByClient(own);
        engines.onChannel(own, channel);
        handshake(own);
        FakeEngine server = new FakeEngine("127.0.0.1", 8443, false);
        engines.onChannel(server, channel);
        handshake(server);
        FakeEngine failed = engine();
        engines.onChannel(failed, channel);
        engines.handshaking(failed, System.nanoTime()); // then wrap or unwrap threw: never FINISHED
        assertFalse(connect.tlsDone);
        assertEquals(0, api().tlsFull + api().tlsResumed);
    }
}
