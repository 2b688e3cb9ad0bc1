package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code NewConnectionProvider$NewConnectionObserver(MonoSink, Context, ConnectionObserver)}: the observer of that one
 * connection, built right after on the same thread.
 */
public final class NewConnectionObserverAdvice {

    private NewConnectionObserverAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object observer) {
        ReactorNettyHooks.acquireCreated(observer);
    }
}
