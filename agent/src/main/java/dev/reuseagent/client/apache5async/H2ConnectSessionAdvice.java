package dev.reuseagent.client.apache5async;

import dev.reuseagent.weave.Advice;

/**
 * {@code InternalH2ConnPool$SessionPool#connectSession} (3 arguments) enter, HTTP/2-only client: the pool has no
 * session for the route and connects one, on the thread that asked for it (the application's, for a first request).
 */
public final class H2ConnectSessionAdvice {

    private H2ConnectSessionAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object sessionPool) {
        Apache5AsyncHooks.h2Connecting(sessionPool);
    }
}
