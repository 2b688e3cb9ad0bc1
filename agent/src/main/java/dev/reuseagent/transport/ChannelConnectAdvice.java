package dev.reuseagent.transport;

import dev.reuseagent.transport.TransportHooks;
import dev.reuseagent.weave.Advice;

/** {@code sun.nio.ch.SocketChannelImpl#connect(SocketAddress)}: blocking, or started non-blocking. */
public final class ChannelConnectAdvice {

    private ChannelConnectAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static long enter() {
        return TransportHooks.connectEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object channel, @Advice.Argument(0) Object target,
            @Advice.Enter long startNanos, @Advice.Return boolean connected, @Advice.Thrown Throwable thrown) {
        TransportHooks.channelConnectExit(channel, target, startNanos, connected, thrown);
    }
}
