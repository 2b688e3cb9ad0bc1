package dev.reuseagent.client.apache5async;

import dev.reuseagent.weave.Advice;

/** {@code DefaultManagedAsyncClientConnection#activate()}: leased again from the pool. */
public final class ActivateAdvice {

    private ActivateAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection) {
        Apache5AsyncHooks.activated(connection);
    }
}
