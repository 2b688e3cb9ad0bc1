package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.jdkhttp.JdkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code ConnectionPool#getConnection(boolean, InetSocketAddress, InetSocketAddress)}: what the HTTP/1.1 pool handed out (null: nothing). */
public final class PoolLookupAdvice {

    private PoolLookupAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return Object pooled) {
        JdkHttpHooks.poolLookedUp(pooled);
    }
}
