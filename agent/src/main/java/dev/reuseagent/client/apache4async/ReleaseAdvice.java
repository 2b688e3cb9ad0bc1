package dev.reuseagent.client.apache4async;

import dev.reuseagent.weave.Advice;

/** {@code AbstractNIOConnPool#release(PoolEntry, boolean reusable)} (not the bridge). */
public final class ReleaseAdvice {

    private ReleaseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object entry, @Advice.Argument(1) boolean reusable) {
        Apache4AsyncHooks.released(entry, reusable);
    }
}
