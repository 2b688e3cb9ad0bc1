package dev.reuseagent.client.apache4;

import dev.reuseagent.weave.Advice;

/**
 * {@code PoolingClientConnectionManager#requestConnection(route, state)}: the lease starts; it blocks later, in
 * {@code leaseConnection} ({@link LegacyLeasedAdvice}), on the same thread.
 */
public final class LegacyRequestAdvice {

    private LegacyRequestAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object manager, @Advice.Argument(0) Object route) {
        Apache4LegacyHooks.leaseEnter(manager, route);
    }
}
