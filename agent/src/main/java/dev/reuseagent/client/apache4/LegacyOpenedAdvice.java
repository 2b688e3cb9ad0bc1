package dev.reuseagent.client.apache4;

import dev.reuseagent.weave.Advice;

/**
 * {@code DefaultClientConnection#openCompleted(boolean, HttpParams)}: the connection operator connected it (and,
 * for https, layered TLS and checked the host name). Binds nothing but {@code this}, so it binds in any version.
 */
public final class LegacyOpenedAdvice {

    private LegacyOpenedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object connection) {
        Apache4LegacyHooks.opened(connection);
    }
}
