package dev.reuseagent.client.apache5async;

import dev.reuseagent.weave.Advice;

/** {@code PoolEntry#assignConnection} exit: the pool entry holds its new connection. */
public final class AssignAdvice {

    private AssignAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object entry, @Advice.Argument(0) Object connection) {
        Apache5AsyncHooks.assigned(entry, connection);
    }
}
