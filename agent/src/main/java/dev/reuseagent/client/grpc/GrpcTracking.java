package dev.reuseagent.client.grpc;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportTracker;

import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns gRPC's channel events into tracker events. The connection is the subchannel's transport (its
 * {@code CallTracingTransport}); the pool is the channel (its transport factory: a channel per call is a pool per
 * call, {@code new-client}). One request per stream: the transport's first stream announces it as new, every later
 * one reuses it (HTTP/2 multiplexes, so the transport is open to the next stream at once). The origin is the address
 * the subchannel connects to, with {@code https} when the ready transport is secured. A new transport's TCP connect,
 * reported by the {@code netty} slice, is claimed by its Netty channel, so the endpoint counts it under this client.
 * The application's line: a call or stream that waits for a transport (the first calls of a channel do) remembers it
 * on the application's thread and carries it to the thread that places it on the transport.
 */
class GrpcTracking {

    private final ConnectionTracker connections;
    private final TransportTracker transport;
    private final ObjectNames pools = new ObjectNames("grpc-channel");
    /** Each stream its own holder, negative so that it never equals a thread id (see ReactorNettyTracking). */
    private final AtomicLong holders = new AtomicLong();
    /** The transports made, by what the factory returned (the {@code delegate} of their CallTracingTransport). */
    private final WeakIdentityMap<GrpcTransport> created = new WeakIdentityMap<>();
    /** The open connections (subchannel transports) of each channel, by its factory, for its idle mode. */
    private final WeakIdentityMap<Set<Object>> live = new WeakIdentityMap<>();
    /** The channel (factory) of each open connection. */
    private final WeakIdentityMap<Object> poolOf = new WeakIdentityMap<>();
    /** The application line of each delayed call or stream, until it is placed on a transport. */
    private final WeakIdentityMap<String> sites = new WeakIdentityMap<>();

    GrpcTracking(ConnectionTracker connections, TransportTracker transport) {
        this.connections = connections;
        this.transport = transport;
    }

    /** A channel's factory ({@code pool}) made a transport to {@code address}; it connects next. */
    void transportCreated(Object pool, Object address, Object made) {
        if (address instanceof InetSocketAddress && made != null) {
            created.put(made, new GrpcTransport((InetSocketAddress) address, pool, System.nanoTime()));
        }
    }

    /** A call or stream waits for a transport: keep the application line (or the one carried to this thread). */
    void delayed(GrpcThreadState state, Object waiting) {
        String site = state.carriedSite != null ? state.carriedSite : transport.site();
        if (site != null) {
            sites.put(waiting, site);
        }
    }

    /**
     * This thread runs a delayed call or stream now: its line is this thread's until the call returns.
     *
     * @return what {@link GrpcHooks#carried} restores: the line carried before, or {@code state} if none
     */
    Object carrying(GrpcThreadState state, Object delayed) {
        String before = state.carriedSite;
        String site = sites.get(delayed);
        if (site != null) {
            state.carriedSite = site;
        }
        return before != null ? before : state;
    }

    /** One RPC attempt gets a stream on {@code key} (made by the factory as {@code made}). */
    void streamStarting(GrpcThreadState state, Object key, Object made) {
        GrpcTransport made0 = made == null ? null : created.get(made);
        if (made0 == null) {
            return; // made before the slice started, or not over TCP
        }
        long holder = holders.decrementAndGet();
        synchronized (made0) {
            if (!made0.opened) {
                made0.opened = true;
                opened(state, key, made, made0, holder);
                return;
            }
        }
        ConnectionRecord record = connections.taken(key, holder);
        if (record != null) {
            connections.exchangeDone(record, true);
            connections.returned(key);
        }
    }

    private void opened(GrpcThreadState state, Object key, Object made, GrpcTransport made0, long holder) {
        InetSocketAddress address = made0.address;
        Origin origin = Origin.of(secure(key) ? "https" : "http",
                address.getHostString(), address.getPort());
        String site = state.carriedSite;
        if (site == null) {
            site = transport.site(); // a stream placed at once, on the application's thread
        }
        Object channel = nettyChannel(made);
        TransportConnect connect = channel == null ? null : connectOf(channel, address, site);
        if (site == null && connect != null) {
            site = connect.site();
        }
        ConnectionRecord record = connections.opened(key, GrpcSlice.NAME, origin, pools.nameOf(made0.pool),
                made0.createdNanos, connect == null ? 0 : connect.connectNanos(), site, holder);
        if (connect != null) {
            if (record != null) {
                transport.attribute(connect, record);
            } else {
                transport.attributeFailed(connect, GrpcSlice.NAME);
            }
        }
        if (record != null) {
            connections.exchangeDone(record, true); // the transport is ready: its TLS handshake is done
            connections.returned(key);
            liveOf(made0.pool).add(key);
            poolOf.put(key, made0.pool);
        }
    }

    /** Whether the ready transport {@code key} is secured (TLS); overridden by the unit test, which has no gRPC. */
    boolean secure(Object key) {
        return GrpcApi.of(key.getClass()).secure(key);
    }

    /** The Netty channel under the transport the factory made, or null; overridden by the unit test likewise. */
    Object nettyChannel(Object made) {
        return GrpcApi.nettyChannel(made);
    }

    /** What the subchannel's transport forwards to (what the factory made); overridden by the unit test likewise. */
    Object delegate(Object key) {
        return GrpcApi.delegate(key);
    }

    /**
     * The TCP connect under a transport's Netty channel: the {@code netty} slice's report; else, for a Netty it does
     * not hook (grpc-netty-shaded's, relocated), the socket hooks' count of its NIO {@code SocketChannel}, or, for a
     * native transport that never touches java.net, reported here (no connect time: its start was not seen).
     */
    private TransportConnect connectOf(Object channel, InetSocketAddress address, String site) {
        TransportConnect connect = transport.claim(channel);
        if (connect != null) {
            return connect;
        }
        Object jdkChannel = GrpcApi.jdkChannel(channel);
        if (jdkChannel != null) {
            return transport.claim(jdkChannel);
        }
        boolean reported = GrpcApi.isNative(channel)
                && transport.connectedBy(GrpcSlice.NAME, channel, address, 0, true, site) != null;
        if (reported) {
            return transport.claim(channel);
        }
        return null;
    }

    private synchronized Set<Object> liveOf(Object pool) {
        Set<Object> keys = live.get(pool);
        if (keys == null) {
            keys = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<Object, Boolean>()));
            live.put(pool, keys);
        }
        return keys;
    }

    /**
     * A transport that never carried a stream shuts down (pick_first connects as soon as it has addresses, so a
     * channel may connect for no call): its connect was this client's, with no connection to report.
     */
    private void unused(Object key) {
        Object made = delegate(key);
        GrpcTransport made0 = made == null ? null : created.get(made);
        if (made0 == null) {
            return;
        }
        synchronized (made0) {
            if (made0.opened) {
                return; // a connection already reported (and closed when its channel went idle)
            }
            made0.opened = true;
        }
        Object channel = nettyChannel(made);
        TransportConnect connect = channel == null ? null : connectOf(channel, made0.address, null);
        if (connect != null) {
            transport.attributeFailed(connect, GrpcSlice.NAME);
        }
    }

    /**
     * A channel went idle: its connections take no more calls (its subchannels shut them down a few seconds later):
     * closed now, {@code idle-timeout}, so its next call's new connection says why.
     */
    void channelIdle(Object pool) {
        Set<Object> keys = live.remove(pool);
        if (keys == null) {
            return;
        }
        Object[] open;
        synchronized (keys) {
            open = keys.toArray();
        }
        for (Object key : open) {
            poolOf.remove(key);
            connections.closed(key, CloseCause.IDLE_TIMEOUT);
        }
    }

    /**
     * The transport takes no new streams: the server sent GOAWAY ({@code server-closed}: also what a server's
     * {@code maxConnectionAge} does), the client shut it down (its channel shut down or went idle, the load
     * balancer dropped the subchannel: {@code app-closed}), or it failed ({@code unknown}).
     */
    void transportShutdown(Object key, Object error) {
        if (key == null) {
            return;
        }
        if (connections.find(key) == null) {
            unused(key);
            return;
        }
        CloseCause cause = CloseCause.UNKNOWN;
        if (error != null && error.getClass().getName().endsWith("GoAwayDisconnectError")) {
            cause = CloseCause.SERVER_CLOSED;
        } else if (error instanceof Enum && "SUBCHANNEL_SHUTDOWN".equals(((Enum<?>) error).name())) {
            cause = CloseCause.APP_CLOSED;
        }
        Object pool = poolOf.remove(key);
        Set<Object> keys = pool == null ? null : live.get(pool);
        if (keys != null) {
            keys.remove(key);
        }
        connections.closed(key, cause);
    }
}
