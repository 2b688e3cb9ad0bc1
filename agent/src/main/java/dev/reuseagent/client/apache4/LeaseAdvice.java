package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/** {@code AbstractConnPool#onLease(PoolEntry)}: an entry, new or idle, is handed out. */
public final class LeaseAdvice {

    private LeaseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object pool, @Advice.Argument(0) Object entry) {
        Apache4Hooks.leased(pool, entry);
    }
}
