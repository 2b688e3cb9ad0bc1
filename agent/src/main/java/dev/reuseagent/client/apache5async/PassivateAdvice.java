package dev.reuseagent.client.apache5async;

import dev.reuseagent.weave.Advice;

/** {@code DefaultManagedAsyncClientConnection#passivate()}: released to the pool, idle. */
public final class PassivateAdvice {

    private PassivateAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection) {
        Apache5AsyncHooks.passivated(connection);
    }
}
