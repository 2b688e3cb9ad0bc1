package dev.reuseagent.client.vertx;

import dev.reuseagent.weave.Advice;

/**
 * {@code Http1xClientConnection(HttpVersion, HttpClientBase client, ChannelHandlerContext chctx, boolean ssl,
 * SocketAddress server, HostAndPort authority, ContextInternal, ClientMetrics, boolean, long)}: a new connection,
 * on its channel's event loop, after the connect (and TLS handshake).
 */
public final class ConnectionBuiltAdvice {

    private ConnectionBuiltAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object connection, @Advice.Argument(1) Object client,
            @Advice.Argument(2) Object chctx, @Advice.Argument(3) boolean ssl, @Advice.Argument(4) Object server,
            @Advice.Argument(5) Object authority) {
        VertxHooks.connectionBuilt(connection, client, chctx, ssl, server, authority);
    }
}
