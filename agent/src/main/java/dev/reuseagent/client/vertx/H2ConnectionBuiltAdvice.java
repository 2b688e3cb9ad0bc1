package dev.reuseagent.client.vertx;

import dev.reuseagent.weave.Advice;

/**
 * {@code Http2ClientConnection(HttpClientBase client, ContextInternal, HostAndPort authority,
 * VertxHttp2ConnectionHandler, ClientMetrics, boolean pooled, long maxLifetime)}: a new HTTP/2 connection, on its
 * channel's event loop, after the connect (and the TLS handshake that chose h2 by ALPN).
 */
public final class H2ConnectionBuiltAdvice {

    private H2ConnectionBuiltAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object connection, @Advice.Argument(0) Object client,
            @Advice.Argument(2) Object authority) {
        VertxHooks.h2ConnectionBuilt(connection, client, authority);
    }
}
