package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.jdkhttp.JdkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code ConnectionPool#returnToPool(HttpConnection)}: an HTTP/1.1 connection goes back to its pool, idle. */
public final class ReturnToPoolAdvice {

    private ReturnToPoolAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object connection) {
        JdkHttpHooks.returned(connection);
    }
}
