package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** 4.12 {@code RealConnectionPool#cleanup(long)}, 5.x {@code #closeConnections(long)}: one eviction run starts. */
public final class CleanupAdvice {

    private CleanupAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) long nowNanos,
            @Advice.FieldValue("keepAliveDurationNs") long keepAliveNanos) {
        OkHttpHooks.cleanupStarting(nowNanos, keepAliveNanos);
    }
}
