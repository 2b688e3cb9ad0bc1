package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpClientFacade#close()} (JDK 21+), enforcing only: skipped when the client is a handle on a shared client,
 * which goes on serving its other callers.
 */
public final class ClientCloseAdvice {

    private ClientCloseAdvice() {
    }

    @Advice.OnMethodEnter(skipOnTrue = true, suppress = Throwable.class)
    public static boolean enter(@Advice.This Object client) {
        return JdkHttpHooks.closingClient(client, "close");
    }
}
