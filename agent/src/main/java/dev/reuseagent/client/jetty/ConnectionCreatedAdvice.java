package dev.reuseagent.client.jetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code AbstractConnectionPool$FutureConnection#succeeded(Connection)}: the connection the pool asked for exists;
 * on entry, before the pool hands it to an exchange.
 */
public final class ConnectionCreatedAdvice {

    private ConnectionCreatedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object promise, @Advice.FieldValue("this$0") Object pool,
            @Advice.Argument(0) Object connection) {
        JettyHooks.connectionCreated(promise, pool, connection);
    }
}
