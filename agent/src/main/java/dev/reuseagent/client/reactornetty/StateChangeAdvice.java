package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code DefaultPooledConnectionProvider$PooledConnection#onStateChange(Connection, State)}: with
 * {@code [disconnecting]}, the request is done and the connection is released or closed.
 */
public final class StateChangeAdvice {

    private StateChangeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object pooledConnection, @Advice.Argument(1) Object state) {
        ReactorNettyHooks.stateChanged(pooledConnection, state);
    }
}
