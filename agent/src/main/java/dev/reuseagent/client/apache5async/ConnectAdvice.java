package dev.reuseagent.client.apache5async;

import dev.reuseagent.weave.Advice;

/**
 * {@code PoolingAsyncClientConnectionManager#connect} (6 arguments) enter: the endpoint's pool entry may get a new
 * connection.
 */
public final class ConnectAdvice {

    private ConnectAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object manager, @Advice.Argument(0) Object endpoint) {
        Apache5AsyncHooks.connecting(manager, endpoint);
    }
}
