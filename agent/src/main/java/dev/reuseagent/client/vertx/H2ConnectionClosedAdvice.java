package dev.reuseagent.client.vertx;

import dev.reuseagent.weave.Advice;

/**
 * {@code Http2ConnectionBase#handleClosed()}: an HTTP/2 connection's channel closed (client connections only are
 * tracked; the server's share this base class).
 */
public final class H2ConnectionClosedAdvice {

    private H2ConnectionClosedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection) {
        VertxHooks.h2ConnectionClosed(connection);
    }
}
