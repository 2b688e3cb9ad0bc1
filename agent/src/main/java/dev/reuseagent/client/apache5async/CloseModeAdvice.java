package dev.reuseagent.client.apache5async;

import dev.reuseagent.weave.Advice;

/** {@code DefaultManagedAsyncClientConnection#close(CloseMode)}: the connection ends (unless already closed). */
public final class CloseModeAdvice {

    private CloseModeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection, @Advice.FieldValue("closed") Object closed,
            @Advice.Argument(0) Object mode) {
        Apache5AsyncHooks.closing(connection, closed, mode);
    }
}
