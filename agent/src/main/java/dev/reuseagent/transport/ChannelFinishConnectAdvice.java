package dev.reuseagent.transport;

import dev.reuseagent.transport.TransportHooks;
import dev.reuseagent.weave.Advice;

/** {@code sun.nio.ch.SocketChannelImpl#finishConnect()}: completes a non-blocking connect. */
public final class ChannelFinishConnectAdvice {

    private ChannelFinishConnectAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object channel, @Advice.Return boolean connected,
            @Advice.Thrown Throwable thrown) {
        TransportHooks.channelFinishConnectExit(channel, connected, thrown);
    }
}
