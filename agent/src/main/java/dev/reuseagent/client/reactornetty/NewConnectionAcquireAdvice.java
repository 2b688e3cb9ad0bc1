package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code NewConnectionProvider#acquire(TransportConfig config, ConnectionObserver, Supplier remote,
 * AddressResolverGroup)}: a request of an {@code HttpClient.newConnection()} asks for its own connection, on the
 * thread that subscribed it.
 */
public final class NewConnectionAcquireAdvice {

    private NewConnectionAcquireAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object config, @Advice.Argument(2) Object remote) {
        ReactorNettyHooks.acquireCalled(null, config, remote);
    }
}
