package dev.reuseagent.client.jetty;

import dev.reuseagent.weave.Advice;

/** {@code HttpDestination#newConnection(Promise)}: the pool had no connection to give and asks for a new one. */
public final class NewConnectionAdvice {

    private NewConnectionAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object destination, @Advice.Argument(0) Object promise) {
        JettyHooks.connectionRequested(destination, promise);
    }
}
