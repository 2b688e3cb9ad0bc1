package dev.reuseagent.client.apache5async;

import dev.reuseagent.weave.Advice;

/** {@code DefaultManagedAsyncClientConnection#close()}: the connection ends (unless already closed). */
public final class CloseAdvice {

    private CloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection, @Advice.FieldValue("closed") Object closed) {
        Apache5AsyncHooks.closing(connection, closed, null);
    }
}
