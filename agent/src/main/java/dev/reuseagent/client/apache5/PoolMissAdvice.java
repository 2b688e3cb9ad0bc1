package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code StrictConnPool$PerRoutePool#createEntry(TimeValue)} and {@code LaxConnPool$PerRoutePool#createPoolEntry()}:
 * the pool had no idle connection for the route and creates a new entry; the moment of the miss.
 */
public final class PoolMissAdvice {

    private PoolMissAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return Object entry) {
        Apache5Hooks.poolMissed(entry);
    }
}
