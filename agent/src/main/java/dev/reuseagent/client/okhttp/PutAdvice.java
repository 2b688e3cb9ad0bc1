package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code RealConnectionPool#put(RealConnection)}: a new, fully established connection enters the pool. */
public final class PutAdvice {

    private PutAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object pool, @Advice.Argument(0) Object connection) {
        OkHttpHooks.pooled(pool, connection);
    }
}
