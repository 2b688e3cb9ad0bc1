package dev.reuseagent.client.jetty;

import dev.reuseagent.weave.Advice;

/** {@code AbstractConnectionPool#onRemoved(Connection)}: the connection left the pool for good. */
public final class RemovedAdvice {

    private RemovedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object connection) {
        JettyHooks.removed(connection);
    }
}
