package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code AbstractConnPool#getPoolEntryBlocking(route, state, timeout, unit, future)}: the lease on the calling
 * thread, where the pool finds a free entry, creates one, or queues until one is released (or times out).
 */
public final class PoolEntryBlockingAdvice {

    private PoolEntryBlockingAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object pool, @Advice.Argument(0) Object route) {
        Apache4Hooks.leaseEnter(pool, route);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Thrown Throwable thrown) {
        Apache4Hooks.leaseExit(thrown);
    }
}
