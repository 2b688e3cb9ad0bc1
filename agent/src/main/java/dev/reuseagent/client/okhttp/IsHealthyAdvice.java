package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code RealConnection#isHealthy(boolean)}: false means OkHttp is about to retire a pooled connection. */
public final class IsHealthyAdvice {

    private IsHealthyAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object connection, @Advice.Return boolean healthy,
            @Advice.FieldValue("http2Connection") Object http2Connection) {
        if (!healthy) {
            OkHttpHooks.unhealthy(connection, http2Connection != null);
        }
    }
}
