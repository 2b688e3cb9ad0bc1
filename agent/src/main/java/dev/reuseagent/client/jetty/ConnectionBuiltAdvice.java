package dev.reuseagent.client.jetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpConnectionOverHTTP(EndPoint, HttpDestination, Promise)}: an HTTP/1.1 connection was built on its end
 * point (a TLS one before its handshake begins).
 */
public final class ConnectionBuiltAdvice {

    private ConnectionBuiltAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object connection) {
        JettyHooks.connectionBuilt(connection);
    }
}
