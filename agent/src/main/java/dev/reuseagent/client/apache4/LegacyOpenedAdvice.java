package dev.reuseagent.client.apache4;

import dev.reuseagent.weave.Advice;

/**
 * {@code DefaultClientConnection#openCompleted(boolean, HttpParams)}: the connection operator connected it (and,
 * for https, layered TLS and checked the host name); field {@code targetHost} is the host it connected to.
 */
public final class LegacyOpenedAdvice {

    private LegacyOpenedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object connection, @Advice.FieldValue("targetHost") Object targetHost) {
        Apache4LegacyHooks.opened(connection, targetHost);
    }
}
