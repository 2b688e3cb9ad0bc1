package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code RealCall#acquireConnectionNoEvents(RealConnection)}: the call now holds the connection. */
public final class AcquireAdvice {

    private AcquireAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Argument(0) Object connection) {
        OkHttpHooks.acquired(connection);
    }
}
