package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code RealConnection#setNoNewExchanges(boolean)}: retired by the pool (eviction, evictAll, a leak, a failed health
 * check, release of a retired connection). Also when already retired: the pool's eviction of a leaked connection
 * comes after the leak retired it.
 */
public final class SetNoNewExchangesAdvice {

    private SetNoNewExchangesAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection, @Advice.Argument(0) boolean retire,
            @Advice.FieldValue("idleAtNs") long idleAtNs) {
        if (retire) {
            OkHttpHooks.retired(connection, idleAtNs);
        }
    }
}
