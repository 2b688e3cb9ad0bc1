package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/** {@code StrictConnPool#lease} / {@code LaxConnPool#lease} (4 arguments): a future not done yet is a queued lease. */
public final class PoolLeaseAdvice {

    private PoolLeaseAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return Object future) {
        Apache5Hooks.poolLeased(future);
    }
}
