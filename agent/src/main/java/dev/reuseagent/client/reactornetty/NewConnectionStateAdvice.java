package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code NewConnectionProvider$NewConnectionObserver#onStateChange(Connection, State)}: {@code [configured]}, the
 * connection is ready for its one request; {@code [disconnecting]}, the request is done and the channel is closed.
 */
public final class NewConnectionStateAdvice {

    private NewConnectionStateAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object observer, @Advice.Argument(0) Object connection,
            @Advice.Argument(1) Object state) {
        ReactorNettyHooks.unpooledStateChanged(observer, connection, state);
    }
}
