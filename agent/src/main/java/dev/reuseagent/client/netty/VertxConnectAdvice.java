package dev.reuseagent.client.netty;

import dev.reuseagent.weave.Advice;

/**
 * Vert.x 5's {@code io.vertx.core.net.impl.NetClientImpl#connectInternal2(ConnectOptions, ClientSSLOptions,
 * SslContextProvider, boolean, Promise, ContextInternal, int)}: called first on the thread that asked Vert.x's
 * pool for a connection (the application's), which hands it to the context's event loop, where it runs again with
 * the same promise and builds the Netty channel. The site found on the first call is carried to the second.
 */
public final class VertxConnectAdvice {

    private VertxConnectAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.Argument(4) Object promise) {
        return NettyHooks.vertxConnectEntered(promise);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object carried) {
        NettyHooks.vertxConnectExited(carried);
    }
}
