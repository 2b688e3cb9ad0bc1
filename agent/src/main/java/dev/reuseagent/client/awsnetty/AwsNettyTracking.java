package dev.reuseagent.client.awsnetty;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportTracker;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns netty-nio-client's request and pool events into tracker events. The connection is the Netty channel; the
 * pool is a client's pool for one origin ({@code RequestContext#channelPool()}: a client per call is a pool per
 * call, {@code new-client}). The origin and the application's line are taken when the request starts, on the thread
 * that called the service method, and kept by its executor until the pool hands out a channel on the event loop: a
 * channel never seen before is a new connection, whose TCP connect the {@code netty} slice reported and this slice
 * claims by channel (the endpoint then counts it under {@code aws-netty}); any other is reused.
 */
final class AwsNettyTracking {

    private final ConnectionTracker connections;
    private final TransportTracker transport;
    private final ObjectNames pools = new ObjectNames("aws-netty-pool");
    /**
     * Who holds a connection, for the tracker's inference: each hand-out its own holder, negative so that it never
     * equals a thread id (hand-outs run on event loops, several channels per loop).
     */
    private final AtomicLong holders = new AtomicLong();
    /** Each request in flight until its pool hands out a channel, by its {@code NettyRequestExecutor}. */
    private final WeakIdentityMap<AwsRequest> requests = new WeakIdentityMap<>();
    /** When an SDK pool began building each channel (its miss), by channel, until the channel is handed out. */
    private final WeakIdentityMap<Long> misses = new WeakIdentityMap<>();
    /** The tracked channels. */
    private final WeakIdentityMap<AwsChannel> channels = new WeakIdentityMap<>();
    /** Why a channel is being closed, when the slice saw it decided before the close ends. */
    private final WeakIdentityMap<CloseCause> closing = new WeakIdentityMap<>();
    /** The pools closed with their client. */
    private final WeakIdentityMap<Boolean> closedPools = new WeakIdentityMap<>();

    /** The API of the netty-nio-client that defined a class (its {@code RequestContext}'s, its reaper's). */
    private final ClassValue<AwsNettyApi> apis;

    AwsNettyTracking(ConnectionTracker connections, TransportTracker transport, ClassValue<AwsNettyApi> apis) {
        this.connections = connections;
        this.transport = transport;
        this.apis = apis;
    }

    /**
     * A request starts: remember its origin, pool and the application's line for its executor. The pool misses
     * later, on the event loop, so the line is taken for every request (a stack walk per call).
     */
    void executing(Object executor, Object context) {
        AwsNettyApi api = apis.get(context.getClass());
        Origin origin = api.origin(context);
        requests.put(executor, new AwsRequest(api, origin, api.pool(context), transport.site()));
    }

    /** An SDK pool had no idle channel and builds this one, before its connect. */
    void channelCreated(Object channel) {
        misses.put(channel, System.nanoTime());
    }

    /** The pool's acquire for a request completed: on a new channel, or a reused one. */
    void channelReady(Object executor, Object channelFuture) {
        AwsRequest request = requests.remove(executor);
        if (request == null || !request.api.isSuccess(channelFuture)) {
            return; // not tracked, or no channel: a failed connect is counted by the transport layer
        }
        Object channel = request.api.getNow(channelFuture);
        long holder = holders.decrementAndGet();
        Object parent = request.api.parent(channel);
        if (parent != null) {
            streamAcquired(request, parent, holder);
            return;
        }
        if (channels.get(channel) == null) {
            opened(request, channel, holder);
            return; // its first exchange is counted when it is done
        }
        ConnectionRecord record = connections.taken(channel, holder);
        if (record != null) {
            connections.exchangeDone(record, true);
        }
    }

    /**
     * HTTP/2: the pool handed out a stream (a child channel) on {@code connection}, for one request: the connection's
     * first stream is its new connection (its TLS handshake, which chose h2 by ALPN, is done by now), every later one
     * a reuse. Multiplexed: the connection is open to the next stream at once.
     */
    private void streamAcquired(AwsRequest request, Object connection, long holder) {
        if (channels.get(connection) == null) {
            opened(request, connection, holder);
            AwsChannel tracked = channels.get(connection);
            ConnectionRecord first = tracked == null ? null : tracked.takeFirst();
            if (first != null) {
                connections.exchangeDone(first, true);
            }
        } else {
            ConnectionRecord record = connections.taken(connection, holder);
            if (record != null) {
                connections.exchangeDone(record, true);
            }
        }
        connections.returned(connection);
    }

    private void opened(AwsRequest request, Object channel, long holder) {
        TransportConnect connect = transport.claim(channel);
        long connectNanos = connect == null ? 0 : connect.connectNanos();
        String site = request.site != null ? request.site : connect == null ? null : connect.site();
        Long miss = misses.remove(channel);
        long missNanos = miss != null ? miss : System.nanoTime() - connectNanos;
        ConnectionRecord record = connections.opened(channel, AwsNettySlice.NAME, request.origin,
                pools.nameOf(request.pool), missNanos, connectNanos, site, holder);
        if (connect != null) {
            if (record != null) {
                transport.attribute(connect, record);
            } else {
                transport.attributeFailed(connect, AwsNettySlice.NAME);
            }
        }
        if (record != null) {
            channels.put(channel, new AwsChannel(request.api, request.pool, record));
            request.api.onClose(channel, new ChannelClosed(this, channel));
        }
    }

    /**
     * A request is done with its channel: its first exchange, if it was new, is announced now (its TLS handshake
     * included); the channel goes back to the pool, or is closed when the response was not keep-alive.
     */
    void released(Object channel) {
        AwsChannel tracked = channels.get(channel);
        if (tracked == null) {
            return;
        }
        ConnectionRecord first = tracked.takeFirst();
        if (first != null) {
            connections.exchangeDone(first, true);
        }
        if (Boolean.FALSE.equals(tracked.api.keepAlive(channel))) {
            closing.put(channel, CloseCause.SERVER_CLOSED); // HonorCloseOnReleaseChannelPool closes it now
        } else if (tracked.api.isActive(channel)) {
            connections.returned(channel);
        }
    }

    /**
     * The SDK's idle reaper found a channel idle for {@code connectionMaxIdleTime}: it closes the channel now if no
     * request holds it and it is open (its own test, made here the same way).
     */
    void idleFired(Object reaper, Object handlerContext) {
        AwsNettyApi api = apis.get(reaper.getClass());
        Object channel = api.channelOf(handlerContext);
        if (channels.get(channel) != null && Boolean.FALSE.equals(api.inUse(channel)) && api.isActive(channel)) {
            closing.put(channel, CloseCause.IDLE_TIMEOUT);
        }
    }

    /** The client that owns {@code pool} is being closed, and with it the pool's channels. */
    void poolClosing(Object pool) {
        closedPools.put(pool, Boolean.TRUE);
    }

    /** A tracked channel closed. */
    void channelClosed(Object channel) {
        AwsChannel tracked = channels.remove(channel);
        if (tracked == null) {
            return;
        }
        ConnectionRecord first = tracked.takeFirst();
        if (first != null) {
            // a server that ends the connection with its response closes it before the SDK releases the channel
            connections.exchangeDone(first, Boolean.TRUE.equals(tracked.api.responseComplete(channel)));
        }
        CloseCause cause = closing.remove(channel);
        if (cause == null && Boolean.FALSE.equals(tracked.api.keepAlive(channel))) {
            cause = CloseCause.SERVER_CLOSED; // the response said Connection: close
        } else if (cause == null) {
            cause = closedPools.get(tracked.pool) != null
                    ? CloseCause.APP_CLOSED : CloseCause.UNKNOWN;
        }
        connections.closed(channel, cause);
    }
}
