package dev.reuseagent.client.netty;

import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportTracker;

import java.net.InetSocketAddress;

/**
 * Turns Netty's channel events into transport facts: a TCP channel's connect, counted per endpoint under client
 * {@code netty} with its connect time (from the pipeline's connect to the transport fulfilling its promise) and the application
 * line that built the channel. Netty runs the connect on the channel's event loop, where that line is gone, so it
 * is taken when the channel is built, on the application's thread, and kept by channel until the connect.
 */
final class NettyTracking {

    private final TransportTracker transport;
    /** The application line behind each TCP channel not yet connected; weak, so a channel never connected goes. */
    private final WeakIdentityMap<String> sites = new WeakIdentityMap<>();
    /** Each connect in progress by its promise, until the transport fulfils it; weak likewise. */
    private final WeakIdentityMap<NettyConnect> inProgress = new WeakIdentityMap<>();
    /** The application line behind each Vert.x connect handed to an event loop, by its promise; weak likewise. */
    private final WeakIdentityMap<String> vertxSites = new WeakIdentityMap<>();

    NettyTracking(TransportTracker transport) {
        this.transport = transport;
    }

    /** A channel without a parent was built: remember the line that built it if it is a TCP client channel. */
    void channelCreated(Object channel) {
        if (!NettyApi.isTcpChannel(channel.getClass())) {
            return; // datagram, local, embedded (built per response by decompressing codecs): not a TCP connect
        }
        String carried = NettyThreadState.current().carriedSite;
        String site = carried != null ? carried : transport.site();
        if (site != null) {
            sites.put(channel, site);
        }
    }

    /**
     * Vert.x's connect for {@code promise} is entered: on the application's thread the line found now is kept for
     * the promise; on the event loop (no application line on the stack) the line kept for it is taken back. Either
     * way it is this thread's site until the call returns.
     *
     * @return what {@link #vertxConnectExited} restores: the line carried before, or this thread's state if none
     */
    Object vertxConnectEntered(NettyThreadState state, Object promise) {
        String site = transport.site();
        if (site != null) {
            vertxSites.put(promise, site);
        } else {
            site = vertxSites.get(promise);
        }
        String before = state.carriedSite;
        state.carriedSite = site;
        return before != null ? before : state;
    }

    static void vertxConnectExited(NettyThreadState state, Object carried) {
        state.carriedSite = carried instanceof String ? (String) carried : null;
    }

    /**
     * A pipeline connect starts: listen to its promise when it connects a TCP channel to an internet address
     * (not a Unix domain socket), and mark this thread so the NIO transport's socket connect is not counted twice.
     */
    NettyConnect connectStarted(NettyThreadState state, Object remote, Object promise) {
        if (!(remote instanceof InetSocketAddress) || promise == null) {
            return null;
        }
        NettyApi api = NettyApi.of(promise.getClass());
        Object channel = api.channel(promise);
        if (channel == null || !NettyApi.isTcpChannel(channel.getClass()) || api.isVoid(promise)) {
            return null; // a void promise takes no listener: such a connect stays with the socket hooks
        }
        NettyConnect connect = new NettyConnect(this, channel, (InetSocketAddress) remote, sites.remove(channel),
                System.nanoTime());
        inProgress.put(promise, connect);
        api.addListener(promise, connect);
        state.thread.connectsReportedByClient++;
        return connect;
    }

    /** The pipeline connect call returned (the connect itself may still be in progress). */
    static void connectCalled(NettyThreadState state) {
        if (state.thread.connectsReportedByClient > 0) {
            state.thread.connectsReportedByClient--;
        }
    }

    /**
     * The transport is about to fulfil a connect's promise (it connected): the connect's time ends now, before the
     * promise's listeners run (Vert.x, for one, builds its HTTP connection in a listener added before ours).
     */
    void connectFulfilling(Object promise) {
        NettyConnect connect = inProgress.remove(promise);
        if (connect != null) {
            connect.fulfilledNanos = System.nanoTime();
        }
    }

    /** The connect's promise was fulfilled: the channel connected, or the connect failed (or timed out). */
    void connectEnded(NettyConnect connect, Object promise, boolean success) {
        inProgress.remove(promise);
        long fulfilled = connect.fulfilledNanos;
        long end = fulfilled != 0 ? fulfilled : System.nanoTime();
        transport.connectedBy(NettySlice.NAME, connect.channel, connect.target, end - connect.startNanos, success,
                connect.site);
    }
}
