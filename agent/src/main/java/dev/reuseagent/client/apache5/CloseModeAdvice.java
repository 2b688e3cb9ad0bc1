package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/** {@code DefaultManagedHttpClientConnection#close(CloseMode)}: the connection ends (unless already closed). */
public final class CloseModeAdvice {

    private CloseModeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection, @Advice.FieldValue("closed") Object closed,
            @Advice.Argument(0) Object mode) {
        Apache5Hooks.closing(connection, closed, mode);
    }
}
