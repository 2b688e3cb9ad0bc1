package dev.reuseagent.client.apache4;

import dev.reuseagent.weave.Advice;

/** {@code DefaultClientConnection#close()} and {@code #shutdown()}: the connection ends. */
public final class LegacyCloseAdvice {

    private LegacyCloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection) {
        Apache4LegacyHooks.closing(connection);
    }
}
