package dev.reuseagent.client.apache4;

import dev.reuseagent.weave.Advice;

/** {@code DefaultClientConnection#receiveResponseHeader()}: a response head read on this connection. */
public final class LegacyHeadAdvice {

    private LegacyHeadAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object connection, @Advice.Thrown Throwable thrown) {
        Apache4LegacyHooks.responseHead(connection, thrown);
    }
}
