package dev.reuseagent.samples.netty;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

import java.net.SocketAddress;

/**
 * With {@code -Dsample.netty.connectListenerMs=N}: an outbound handler that adds a listener to each connect's
 * promise before the connect reaches the transport, and that listener takes N ms on the event loop, as a framework
 * that builds its connection in such a listener does (Vert.x). The connect itself is no slower: a tool that times it
 * must not count the listener.
 */
final class SlowConnectListener extends ChannelOutboundHandlerAdapter {

    static final String PROPERTY = "sample.netty.connectListenerMs";

    private final long millis;

    SlowConnectListener(long millis) {
        this.millis = millis;
    }

    @Override
    public void connect(ChannelHandlerContext ctx, SocketAddress remote, SocketAddress local, ChannelPromise promise)
            throws Exception {
        promise.addListener(future -> Thread.sleep(millis));
        ctx.connect(remote, local, promise);
    }
}
