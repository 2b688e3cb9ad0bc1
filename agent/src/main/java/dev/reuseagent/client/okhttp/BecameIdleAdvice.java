package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code RealConnectionPool#connectionBecameIdle(RealConnection)Z}: released; true when OkHttp now closes it. */
public final class BecameIdleAdvice {

    private BecameIdleAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Argument(0) Object connection, @Advice.Return boolean removed,
            @Advice.FieldValue("maxIdleConnections") int maxIdleConnections) {
        OkHttpHooks.becameIdle(connection, removed, maxIdleConnections);
    }
}
