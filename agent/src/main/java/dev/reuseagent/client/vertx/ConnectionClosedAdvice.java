package dev.reuseagent.client.vertx;

import dev.reuseagent.weave.Advice;

/**
 * {@code Http1xClientConnection#handleClosed()}: the channel closed; {@code wantClose} and
 * {@code expirationTimestamp} tell why.
 */
public final class ConnectionClosedAdvice {

    private ConnectionClosedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection, @Advice.FieldValue("client") Object client,
            @Advice.FieldValue("wantClose") boolean wantClose,
            @Advice.FieldValue("expirationTimestamp") long expiresAtMillis) {
        VertxHooks.connectionClosed(connection, client, wantClose, expiresAtMillis);
    }
}
