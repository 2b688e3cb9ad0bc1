package dev.reuseagent.client.apache4;

import dev.reuseagent.weave.Advice;

/**
 * A legacy lease on the calling thread: {@code ConnPoolByRoute#getEntryBlocking(route, state, timeout, unit,
 * aborter)} (ThreadSafeClientConnManager; returns a BasicPoolEntry), {@code BasicClientConnectionManager} and
 * {@code SingleClientConnManager#getConnection(route, state)} (return a managed connection).
 */
public final class LegacyLeaseAdvice {

    private LegacyLeaseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object pool, @Advice.Argument(0) Object route) {
        Apache4LegacyHooks.leaseEnter(pool, route);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Return Object handle, @Advice.Thrown Throwable thrown)
            throws ReflectiveOperationException {
        Apache4LegacyHooks.leaseExit(handle, thrown);
    }
}
