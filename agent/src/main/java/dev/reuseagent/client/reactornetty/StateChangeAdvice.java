package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code DefaultPooledConnectionProvider$PooledConnection#onStateChange(Connection, State)}: with
 * {@code [disconnecting]}, the request is done and the connection is released or closed. The release to the pool runs
 * inside this call, where another request may take the connection before it returns.
 */
public final class StateChangeAdvice {

    private StateChangeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static long enter(@Advice.This Object pooledConnection, @Advice.Argument(1) Object state) {
        return ReactorNettyHooks.stateChanged(pooledConnection, state);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.FieldValue("channel") Object channel, @Advice.Enter long mark) {
        ReactorNettyHooks.released(channel, mark);
    }
}
