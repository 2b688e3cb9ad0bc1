package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/** {@code DefaultManagedHttpClientConnection#passivate()}: the connection goes back to the pool, idle. */
public final class PassivateAdvice {

    private PassivateAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection) {
        Apache5Hooks.passivated(connection);
    }
}
