package dev.reuseagent.client.nettytls;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.weave.Hook;

import java.util.List;

/**
 * Netty's {@code SslHandler} (netty-handler): binds each handler's JDK engine to its channel, so the transport's
 * SSLEngine hooks count the handshake on that channel's connect ({@code client/netty}). A slice of its own, so a
 * class path with netty-transport but without netty-handler leaves {@code client/netty} standing. Nothing to
 * enforce, no connections of its own.
 */
public final class NettyTlsSlice extends ClientSlice {

    public static final String NAME = "netty-tls";

    public NettyTlsSlice() {
        super(NAME, null, List.of("io.netty.handler.ssl."), List.of(NettyTlsInstrumentation.SSL_HANDLER));
    }

    @Override
    public List<Hook> hooks() {
        return NettyTlsInstrumentation.hooks();
    }

    @Override
    public void start(SliceContext context) {
        NettyTlsHooks.install(new NettyTlsTracking(context.transport()));
    }
}
