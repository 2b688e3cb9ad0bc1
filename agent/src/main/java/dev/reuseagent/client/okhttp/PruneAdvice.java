package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code RealConnectionPool#pruneAndGetAllocationCount(RealConnection, long)}: leak detection on one connection. */
public final class PruneAdvice {

    private PruneAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object connection) {
        OkHttpHooks.pruning(connection);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit() {
        OkHttpHooks.pruning(null);
    }
}
