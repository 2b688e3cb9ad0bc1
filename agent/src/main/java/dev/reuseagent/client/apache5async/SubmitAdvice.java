package dev.reuseagent.client.apache5async;

import dev.reuseagent.weave.Advice;

/** {@code DefaultManagedAsyncClientConnection#submitCommand}: a RequestExecutionCommand is one request. */
public final class SubmitAdvice {

    private SubmitAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection, @Advice.Argument(0) Object command) {
        Apache5AsyncHooks.submitted(connection, command);
    }
}
