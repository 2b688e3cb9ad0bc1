package dev.reuseagent.client.netty;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.weave.Hook;

import java.util.List;

/**
 * Netty 4.2 at the transport layer ({@code io.netty.channel}): every TCP channel connect, whatever the
 * transport (NIO, epoll, kqueue, io_uring), so clients built on Netty (Reactor Netty, Vert.x, gRPC, the AWS SDK's
 * async client) are seen even where no {@code java.net} socket is involved. Nothing to enforce.
 */
public final class NettySlice extends ClientSlice {

    public static final String NAME = "netty";

    public NettySlice() {
        super(NAME, null, List.of("io.netty."),
                List.of(NettyInstrumentation.CHANNEL, NettyInstrumentation.HEAD_CONTEXT,
                        NettyInstrumentation.VERTX_NET_CLIENT, NettyInstrumentation.NIO_UNSAFE,
                        NettyInstrumentation.EPOLL_UNSAFE, NettyInstrumentation.KQUEUE_UNSAFE,
                        NettyInstrumentation.IO_URING_UNSAFE));
    }

    @Override
    public List<Hook> hooks() {
        return NettyInstrumentation.hooks();
    }

    @Override
    public void start(SliceContext context) {
        NettyHooks.install(new NettyTracking(context.transport()));
    }
}
