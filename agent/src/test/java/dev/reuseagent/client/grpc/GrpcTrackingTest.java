package dev.reuseagent.client.grpc;

import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.track.RecordingSink;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportTracker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The gRPC tracking driven in the order grpc-core 1.85 calls the hooks (see GrpcInstrumentation), with plain objects
 * standing in for gRPC's: a channel's transport factory (the pool), what it made, the subchannel's transport (the
 * key), a Netty channel, and the disconnect errors of {@code transportShutdown}.
 */
class GrpcTrackingTest {

    private static final InetSocketAddress ADDRESS = new InetSocketAddress("127.0.0.1", 50051);
    private static final Origin ORIGIN = Origin.of("http", "127.0.0.1", 50051);
    private static final String SITE = "com.acme.Billing.export(Billing.java:42)";

    /** Named as grpc-core's {@code GoAwayDisconnectError}: the server sent GOAWAY. */
    private static final class GoAwayDisconnectError {
    }

    /** Shaped as grpc-core's {@code SimpleDisconnectError}. */
    private enum SimpleDisconnectError { SUBCHANNEL_SHUTDOWN, SOCKET_ERROR }

    private final RecordingSink sink = new RecordingSink(false);
    private final ConnectionTracker tracker = new ConnectionTracker(sink, new HostFilter(List.of(), List.of()), 100,
            System::nanoTime);
    private final TransportTracker transport = new TransportTracker(100, new SiteFinder(true, List.of(), List.of()));
    /** The Netty channel under each transport made, as the reflective read would find it. */
    private final Map<Object, Object> channels = new IdentityHashMap<>();
    /** What the factory made under each subchannel transport (the CallTracingTransport's {@code delegate}). */
    private final Map<Object, Object> keys = new IdentityHashMap<>();
    private final GrpcTracking tracking = new GrpcTracking(tracker, transport) {
        @Override
        boolean secure(Object key) {
            return false;
        }

        @Override
        Object nettyChannel(Object made) {
            return channels.get(made);
        }

        @Override
        Object delegate(Object key) {
            return keys.get(key);
        }
    };
    private final GrpcThreadState thread = GrpcThreadState.current();

    @AfterEach
    void clearThread() {
        thread.carriedSite = null;
    }

    /** {@code pool} makes a transport; the netty slice reports its connect; returns the subchannel's transport. */
    private Object connect(Object pool) {
        Object made = new Object();
        Object channel = new Object();
        channels.put(made, channel);
        tracking.transportCreated(pool, ADDRESS, made);
        transport.connectedBy("netty", channel, ADDRESS, 1_000_000, true, null);
        Object key = new Object();
        keys.put(key, made);
        return key;
    }

    /** One call's stream on {@code key}, placed with the application line carried to this thread. */
    private void call(Object key) {
        thread.carriedSite = SITE;
        tracking.streamStarting(thread, key, keys.get(key));
        thread.carriedSite = null;
    }

    private OriginStats.Snapshot stats() {
        for (OriginStats s : tracker.origins()) {
            if (s.label().equals(ORIGIN.toString())) {
                return s.snapshot();
            }
        }
        throw new AssertionError("no origin " + ORIGIN);
    }

    private EndpointStats.Snapshot endpoint() {
        return transport.endpoints().get(0).snapshot();
    }

    @Test
    void firstStreamIsTheNewConnectionTheRestReuseIt() {
        Object key = connect(new Object());
        call(key);
        call(key);
        call(key);
        OriginStats.Snapshot s = stats();
        assertEquals(3, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(2, s.reusedConnections);
        assertEquals(1L, s.reasons.get("first-use"));
        assertEquals(3L, s.clients.get("grpc"));
        assertEquals(SITE, tracker.find(key).site());
        // the netty slice's connect is claimed: the endpoint counts it under grpc, once
        assertEquals(1L, endpoint().clients.get("grpc"));
        assertNull(endpoint().clients.get("netty"));
    }

    @Test
    void aChannelPerCallIsNewClient() {
        call(connect(new Object()));
        call(connect(new Object()));
        call(connect(new Object()));
        OriginStats.Snapshot s = stats();
        assertEquals(3, s.newConnections);
        assertEquals(1L, s.reasons.get("first-use"));
        assertEquals(2L, s.reasons.get("new-client"));
    }

    @Test
    void closeCausesBecomeTheNextConnectionsReason() {
        Object channel = new Object();
        Object first = connect(channel);
        call(first);
        tracking.transportShutdown(first, new GoAwayDisconnectError());
        Object second = connect(channel);
        call(second);
        tracking.transportShutdown(second, SimpleDisconnectError.SUBCHANNEL_SHUTDOWN);
        Object third = connect(channel);
        call(third);
        tracking.transportShutdown(third, SimpleDisconnectError.SOCKET_ERROR);
        OriginStats.Snapshot s = stats();
        assertEquals(1L, s.closes.get("server-closed"));
        assertEquals(1L, s.closes.get("app-closed"));
        assertEquals(1L, s.closes.get("unknown"));
        assertEquals(1L, s.reasons.get("server-closed"));
        assertEquals(1L, s.reasons.get("app-closed"));
    }

    @Test
    void aDelayedCallCarriesItsLineToTheThreadThatPlacesIt() {
        Object pendingCall = new Object();
        thread.carriedSite = SITE; // what the application thread's stack gave at the pending call
        tracking.delayed(thread, pendingCall);
        thread.carriedSite = null;
        Object before = tracking.carrying(thread, pendingCall);
        assertEquals(SITE, thread.carriedSite);
        GrpcHooks.carried(before);
        assertNull(thread.carriedSite);
    }

    @Test
    void aChannelLeavingIdleModeReconnectsForIdleTimeout() {
        Object channel = new Object();
        Object first = connect(channel);
        call(first);
        tracking.channelIdle(channel);
        tracking.transportShutdown(first, SimpleDisconnectError.SUBCHANNEL_SHUTDOWN); // 5 s later: closed already
        call(connect(channel));
        OriginStats.Snapshot s = stats();
        assertEquals(2, s.newConnections);
        assertEquals(1L, s.closes.get("idle-timeout"));
        assertEquals(1L, s.reasons.get("idle-timeout"));
        assertNull(s.closes.get("app-closed"));
    }

    @Test
    void aTransportNoCallUsedIsGrpcsConnectWithoutAConnection() {
        Object unused = connect(new Object());
        tracking.transportShutdown(unused, SimpleDisconnectError.SUBCHANNEL_SHUTDOWN);
        assertEquals(1L, endpoint().clients.get("grpc"));
        assertNull(endpoint().clients.get("netty"));
        assertNull(tracker.find(unused));
    }
}
