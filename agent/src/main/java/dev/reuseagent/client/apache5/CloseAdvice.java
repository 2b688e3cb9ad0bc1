package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/** {@code DefaultManagedHttpClientConnection#close()}: the connection ends (unless already closed). */
public final class CloseAdvice {

    private CloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection, @Advice.FieldValue("closed") Object closed) {
        Apache5Hooks.closing(connection, closed, null);
    }
}
