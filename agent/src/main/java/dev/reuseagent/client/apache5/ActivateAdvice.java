package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/** {@code DefaultManagedHttpClientConnection#activate()}: the pool hands out this idle connection. */
public final class ActivateAdvice {

    private ActivateAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection) {
        Apache5Hooks.activated(connection);
    }
}
