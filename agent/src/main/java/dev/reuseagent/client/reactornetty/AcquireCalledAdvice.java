package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code PooledConnectionProvider#acquire(TransportConfig config, ConnectionObserver, Supplier remote,
 * AddressResolverGroup)}: a request asks the pool for a connection, on the thread that subscribed it.
 */
public final class AcquireCalledAdvice {

    private AcquireCalledAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object config, @Advice.Argument(2) Object remote) {
        ReactorNettyHooks.acquireCalled(config, remote);
    }
}
