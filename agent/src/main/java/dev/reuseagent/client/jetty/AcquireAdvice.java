package dev.reuseagent.client.jetty;

import dev.reuseagent.weave.Advice;

/** {@code AbstractConnectionPool#acquire(boolean)}: the connection returned goes to an exchange (null: none). */
public final class AcquireAdvice {

    private AcquireAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return Object connection) {
        JettyHooks.acquired(connection);
    }
}
