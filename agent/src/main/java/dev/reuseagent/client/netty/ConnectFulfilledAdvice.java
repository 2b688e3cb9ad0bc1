package dev.reuseagent.client.netty;

import dev.reuseagent.weave.Advice;

/**
 * {@code fulfillConnectPromise(ChannelPromise, boolean wasActive)} of a transport's unsafe (NIO, epoll, kqueue,
 * io_uring): the channel connected and its promise is about to be told, which runs its listeners in the order they
 * were added, the application's (added before the pipeline's connect) before the slice's.
 */
public final class ConnectFulfilledAdvice {

    private ConnectFulfilledAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object promise) {
        NettyHooks.connectFulfilling(promise);
    }
}
