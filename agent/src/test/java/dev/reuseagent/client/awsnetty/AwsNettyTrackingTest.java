package dev.reuseagent.client.awsnetty;

import dev.reuseagent.client.NettyListener;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.track.RecordingSink;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportTracker;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The netty-nio-client tracking driven in the order netty-nio-client 2.57.8 calls the hooks (see
 * AwsNettyInstrumentation), with plain objects standing in for the SDK's and Netty's: a request context (its pool),
 * the pool's acquire future, a channel with the SDK's attributes, a handler context.
 */
class AwsNettyTrackingTest {

    private static final Origin ORIGIN = Origin.of("https", "s3.example", 443);

    private final RecordingSink sink = new RecordingSink(false);
    private final ConnectionTracker tracker = new ConnectionTracker(sink, new HostFilter(List.of(), List.of()), 100,
            System::nanoTime);
    private final TransportTracker transport = new TransportTracker(100, new SiteFinder(true, List.of(), List.of()));
    private final AwsNettyTracking tracking = new AwsNettyTracking(tracker, transport, new ClassValue<>() {
        @Override
        protected AwsNettyApi computeValue(Class<?> type) {
            return new FakeApi();
        }
    });

    private record Context(Object pool) {
    }

    private record Acquired(Object channel) {
    }

    private record HandlerContext(Channel channel) {
    }

    /** A channel: its state and the SDK's attributes on it. */
    private static final class Channel {
        final Channel parent;
        boolean active = true;
        Boolean keepAlive = Boolean.TRUE;
        Boolean inUse = Boolean.FALSE;
        Boolean responseComplete = Boolean.FALSE;

        Channel(Channel parent) {
            this.parent = parent;
        }
    }

    private static final class FakeApi extends AwsNettyApi {
        @Override
        Object pool(Object context) {
            return ((Context) context).pool();
        }

        @Override
        Origin origin(Object context) {
            return ORIGIN;
        }

        @Override
        boolean isSuccess(Object future) {
            return ((Acquired) future).channel() != null;
        }

        @Override
        Object getNow(Object future) {
            return ((Acquired) future).channel();
        }

        @Override
        boolean isActive(Object channel) {
            return ((Channel) channel).active;
        }

        @Override
        Object parent(Object channel) {
            return ((Channel) channel).parent;
        }

        @Override
        Boolean keepAlive(Object channel) {
            return ((Channel) channel).keepAlive;
        }

        @Override
        Boolean inUse(Object channel) {
            return ((Channel) channel).inUse;
        }

        @Override
        Boolean responseComplete(Object channel) {
            return ((Channel) channel).responseComplete;
        }

        @Override
        Object channelOf(Object handlerContext) {
            return ((HandlerContext) handlerContext).channel();
        }

        @Override
        void onClose(Object channel, NettyListener listener) {
        }
    }

    /** A new channel the pool builds for a request and Netty connects (reported by the netty slice). */
    private Channel connect() {
        Channel channel = new Channel(null);
        tracking.channelCreated(channel);
        transport.connectedBy("netty", channel, new InetSocketAddress("127.0.0.1", 443), 2_000_000, true, null);
        return channel;
    }

    /** One request through {@code pool} on {@code channel}: started, handed the channel, its response whole. */
    private void request(Object pool, Channel channel) {
        Object executor = new Object();
        tracking.executing(executor, new Context(pool));
        tracking.channelReady(executor, new Acquired(channel));
        channel.inUse = Boolean.TRUE;
        channel.responseComplete = Boolean.TRUE;
    }

    private void release(Channel channel) {
        tracking.released(channel);
        channel.inUse = Boolean.FALSE;
    }

    private void close(Channel channel) {
        channel.active = false;
        tracking.channelClosed(channel);
    }

    private OriginStats.Snapshot stats() {
        return tracker.origins().stream().filter(s -> s.label().equals(ORIGIN.toString())).findFirst()
                .orElseThrow().snapshot();
    }

    @Test
    void aSharedClientReusesItsPooledChannelAndClaimsTheNettyConnect() {
        Object pool = new Object();
        Channel channel = connect();
        for (int i = 0; i < 4; i++) {
            request(pool, channel);
            release(channel);
        }
        OriginStats.Snapshot s = stats();
        assertEquals(4, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(3, s.reusedConnections);
        assertEquals(1L, s.reasons.get("first-use"));
        assertEquals(4L, s.clients.get("aws-netty"));
        assertEquals(2_000_000, s.connectNanos); // the netty slice's connect, claimed by channel
        assertNull(transport.claim(channel));
    }

    @Test
    void aClientPerCallIsANewPoolEachTimeClosedWithItsClient() {
        for (int i = 0; i < 3; i++) {
            Object pool = new Object();
            Channel channel = connect();
            request(pool, channel);
            release(channel);
            tracking.poolClosing(pool);
            close(channel);
        }
        OriginStats.Snapshot s = stats();
        assertEquals(3, s.newConnections);
        assertEquals(1L, s.reasons.get("first-use"));
        assertEquals(2L, s.reasons.get("new-client"));
        assertEquals(3L, s.closes.get("app-closed"));
    }

    @Test
    void aServerThatEndsTheConnectionWithItsResponseIsServerClosed() {
        Object pool = new Object();
        for (int i = 0; i < 2; i++) {
            Channel channel = connect();
            request(pool, channel);
            channel.keepAlive = Boolean.FALSE;
            close(channel); // the server closed it before the SDK released it
            release(channel);
        }
        OriginStats.Snapshot s = stats();
        assertEquals(2, s.requests);
        assertEquals(0, s.failedExchanges);
        assertEquals(2L, s.closes.get("server-closed"));
        assertEquals(1L, s.reasons.get("server-closed"));
    }

    @Test
    void aChannelClosedBeforeItsResponseArrivedIsAFailedExchange() {
        Channel channel = connect();
        request(new Object(), channel);
        channel.responseComplete = Boolean.FALSE;
        close(channel);
        assertEquals(1, stats().failedExchanges);
    }

    @Test
    void theIdleReaperIsIdleTimeoutOnlyForAChannelNoRequestHolds() {
        Object pool = new Object();
        Channel channel = connect();
        request(pool, channel);
        tracking.idleFired(new Object(), new HandlerContext(channel)); // in use: the reaper leaves it
        release(channel);
        tracking.idleFired(new Object(), new HandlerContext(channel));
        close(channel);
        Channel next = connect();
        request(pool, next);
        release(next); // a new connection is announced, with its reason, when its first exchange is done
        OriginStats.Snapshot s = stats();
        assertEquals(1L, s.closes.get("idle-timeout"));
        assertEquals(1L, s.reasons.get("idle-timeout"));
    }

    @Test
    void concurrentCallsOnBusyChannelsArePoolBusy() {
        Object pool = new Object();
        Channel first = connect();
        request(pool, first);
        Channel second = connect(); // the first still busy
        request(pool, second);
        release(first);
        release(second);
        OriginStats.Snapshot s = stats();
        assertEquals(1L, s.reasons.get("first-use"));
        assertEquals(1L, s.reasons.get("pool-busy"));
    }

    @Test
    void http2StreamsAreRequestsOnTheirParentConnection() {
        Object pool = new Object();
        Channel connection = connect();
        for (int i = 0; i < 3; i++) {
            request(pool, new Channel(connection));
        }
        OriginStats.Snapshot s = stats();
        assertEquals(3, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(2, s.reusedConnections);
        assertTrue(tracker.find(connection) != null);
    }
}
