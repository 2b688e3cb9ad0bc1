package dev.reuseagent.client.netty;

import dev.reuseagent.weave.Hook;

import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * Netty's channel connects, two hooks for every transport. Verified against Netty 4.2.17 (class files, and
 * run in the it-tests); Netty 4.1 has not been checked:
 * <ul>
 * <li>{@code io.netty.channel.AbstractChannel(Channel parent[, ChannelId])}: every channel, built on the thread that
 *     asked for it ({@code Bootstrap#connect} via {@code initAndRegister}, Reactor Netty's
 *     {@code TransportConnector#doInitAndRegister}): where the application's line is still on the stack. Channels
 *     with a parent (accepted by a server) are ignored.</li>
 * <li>{@code DefaultChannelPipeline$HeadContext#connect(ChannelHandlerContext, SocketAddress, SocketAddress,
 *     ChannelPromise)}: the end of every outbound pipeline, which calls {@code unsafe.connect} on the channel's event
 *     loop for NIO, epoll, kqueue and io_uring alike. Its promise is fulfilled when the connect succeeds or fails
 *     ({@code fulfillConnectPromise} of each transport, or a connect timeout), so a listener on it sees the
 *     outcome of every transport. The NIO transport's {@code SocketChannel#connect} runs inside this call: the
 *     socket hooks leave it to this slice, so it is counted once.</li>
 * <li>{@code io.vertx.core.net.impl.NetClientImpl#connectInternal(ConnectOptions, Promise, ContextInternal)} and
 *     {@code #connectInternal2(..., Promise, ContextInternal, int)}, optional (Vert.x 5.0.7, class files and run):
 *     Vert.x's pool asks for a connection with the first on the application's thread; the second runs there too
 *     (over TLS: where the SSL context was resolved) and hands itself, with the same promise, to the event loop,
 *     which builds the channel; the application's line is carried by that promise to the event loop.</li>
 * <li>{@code fulfillConnectPromise(ChannelPromise, boolean)} of each transport's unsafe (NIO, epoll, kqueue,
 *     io_uring; private, optional; checked in the class files of Netty 4.1.118 and 4.2.17 for NIO and epoll, 4.2.9 for
 *     io_uring): where the connect ends, before the promise runs listeners the application added ahead of the
 *     slice's (Vert.x builds its HTTP connection in one), so their time is not counted as connect time.</li>
 * </ul>
 */
public final class NettyInstrumentation {

    static final String CHANNEL = "io.netty.channel.AbstractChannel";
    static final String HEAD_CONTEXT = "io.netty.channel.DefaultChannelPipeline$HeadContext";
    /** Each transport's unsafe, where the connect promise is fulfilled: optional, each transport its own jar. */
    static final String NIO_UNSAFE = "io.netty.channel.nio.AbstractNioChannel$AbstractNioUnsafe";
    static final String EPOLL_UNSAFE = "io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe";
    static final String KQUEUE_UNSAFE = "io.netty.channel.kqueue.AbstractKQueueChannel$AbstractKQueueUnsafe";
    static final String IO_URING_UNSAFE = "io.netty.channel.uring.AbstractIoUringChannel$AbstractUringUnsafe";
    /** Vert.x 5's TCP client: optional, absent where Netty is used without Vert.x. */
    static final String VERTX_NET_CLIENT = "io.vertx.core.net.impl.NetClientImpl";

    private NettyInstrumentation() {
    }

    public static List<Hook> hooks() {
        List<Hook> hooks = new ArrayList<>(List.of(
                new Hook(CHANNEL, isConstructor().and(takesArgument(0, "io.netty.channel.Channel")),
                        ChannelCreatedAdvice.class),
                new Hook(HEAD_CONTEXT, named("connect").and(takesArguments(4))
                        .and(takesArgument(1, SocketAddress.class))
                        .and(takesArgument(3, "io.netty.channel.ChannelPromise")), PipelineConnectAdvice.class),
                new Hook(VERTX_NET_CLIENT, named("connectInternal").and(takesArguments(3))
                        .and(takesArgument(1, "io.vertx.core.Promise")), VertxConnectRequestedAdvice.class).optional(),
                new Hook(VERTX_NET_CLIENT, named("connectInternal2").and(takesArguments(7))
                        .and(takesArgument(4, "io.vertx.core.Promise")), VertxConnectAdvice.class).optional()));
        for (String unsafe : List.of(NIO_UNSAFE, EPOLL_UNSAFE, KQUEUE_UNSAFE, IO_URING_UNSAFE)) {
            hooks.add(new Hook(unsafe, named("fulfillConnectPromise").and(takesArguments(2))
                    .and(takesArgument(0, "io.netty.channel.ChannelPromise")).and(takesArgument(1, boolean.class)),
                    ConnectFulfilledAdvice.class).optional());
        }
        return hooks;
    }
}
