package dev.reuseagent.client.jetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code AbstractConnectionPool#release(Connection)}: the connection goes back to the pool, where another thread may
 * take it before this call returns.
 */
public final class ReleaseAdvice {

    private ReleaseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static long enter(@Advice.Argument(0) Object connection) {
        return JettyHooks.releasing(connection);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Argument(0) Object connection, @Advice.Enter long mark) {
        JettyHooks.released(connection, mark);
    }
}
