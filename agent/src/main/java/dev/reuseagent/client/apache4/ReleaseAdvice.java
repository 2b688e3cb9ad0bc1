package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/** {@code AbstractConnPool#release(PoolEntry, boolean)} (not the bridge): back to the pool, or discarded. */
public final class ReleaseAdvice {

    private ReleaseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object entry, @Advice.Argument(1) boolean reusable) {
        Apache4Hooks.released(entry, reusable);
    }
}
