package dev.reuseagent.client.apache4async;

import dev.reuseagent.weave.Advice;

/**
 * {@code AbstractNIOConnPool#lease(route, state, connectTimeout, leaseTimeout, unit, callback)}: a lease on the
 * thread that called the client's {@code execute}; its callback (one per lease) names a lease that queued.
 */
public final class LeaseAdvice {

    private LeaseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static boolean enter(@Advice.This Object pool, @Advice.Argument(5) Object callback) {
        return Apache4AsyncHooks.leaseEnter(pool, callback);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter boolean counted, @Advice.Argument(5) Object callback) {
        Apache4AsyncHooks.leaseExit(counted, callback);
    }
}
