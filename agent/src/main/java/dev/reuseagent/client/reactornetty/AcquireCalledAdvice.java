package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code PooledConnectionProvider#acquire(TransportConfig config, ConnectionObserver, Supplier remote,
 * AddressResolverGroup)}: a request asks the pool for a connection, on the thread that subscribed it. The
 * provider tells {@code Http2ConnectionProvider} (a stream per request) from the pool of TCP connections under it.
 */
public final class AcquireCalledAdvice {

    private AcquireCalledAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object provider, @Advice.Argument(0) Object config,
            @Advice.Argument(2) Object remote) {
        ReactorNettyHooks.acquireCalled(provider, config, remote);
    }
}
