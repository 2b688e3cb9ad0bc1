package dev.reuseagent.client.netty;

import dev.reuseagent.weave.Advice;

/**
 * Vert.x 5's {@code io.vertx.core.net.impl.NetClientImpl#connectInternal(ConnectOptions, Promise, ContextInternal)}:
 * its pool asks for a connection, on the application's thread. Over TLS the connect goes on from wherever the SSL
 * context was resolved, so the line is kept for the promise here, before {@link VertxConnectAdvice} runs.
 */
public final class VertxConnectRequestedAdvice {

    private VertxConnectRequestedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.Argument(1) Object promise) {
        return NettyHooks.vertxConnectEntered(promise);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object carried) {
        NettyHooks.vertxConnectExited(carried);
    }
}
