package dev.reuseagent.client.jetty;

import dev.reuseagent.weave.Advice;

/** {@code HttpConnectionOverHTTP#onIdleExpired(TimeoutException)}: the client's idle timeout may close it here. */
public final class IdleExpiredAdvice {

    private IdleExpiredAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection) {
        JettyHooks.idleExpiring(connection);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit() {
        JettyHooks.idleExpiring(null);
    }
}
