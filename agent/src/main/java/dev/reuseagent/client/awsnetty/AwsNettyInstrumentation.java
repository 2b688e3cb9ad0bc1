package dev.reuseagent.client.awsnetty;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * netty-nio-client's request path and channel pools ({@code software.amazon.awssdk.http.nio.netty.internal}).
 * Verified against netty-nio-client 2.57.8 (class files, {@code javap}; run in the it-tests on Netty 4.1.138, the
 * version it depends on); every hooked member and attribute key is in 2.25.70's class files too (not run). Each origin of a {@code NettyNioAsyncHttpClient} has one pool
 * ({@code AwaitCloseChannelPoolMap#newPool}): {@code SimpleChannelPoolAwareChannelPool} over
 * {@code CancellableAcquire}, {@code HealthChecked}, {@code ReleaseOnce}, {@code ListenerInvoking},
 * {@code HttpOrHttp2}, {@code HonorCloseOnRelease} and, innermost, {@code BetterSimpleChannelPool} (Netty's
 * {@code SimpleChannelPool}), whose handler is a {@code ChannelPipelineInitializer}:
 * <ul>
 * <li>{@code NettyRequestExecutor#execute()}: one request (one attempt of a service call), on the thread that
 *     called the service method for a first attempt; its {@code context} ({@code RequestContext}) names the pool
 *     ({@code channelPool()}) and the request ({@code executeRequest().request()}: protocol, host, port).</li>
 * <li>{@code NettyRequestExecutor#makeRequestListener(Future)}: the pool's acquire completed, on the channel's
 *     event loop: the channel the request runs on, new (never seen) or reused.</li>
 * <li>{@code ChannelPipelineInitializer#channelCreated(Channel)}: the innermost pool had no idle channel and
 *     builds one (registered, not yet connected): the pool's miss.</li>
 * <li>{@code HonorCloseOnReleaseChannelPool#release(Channel, Promise)}: the request is done and its channel goes
 *     back to the pool, or is closed there when the response was not keep-alive ({@code KEEP_ALIVE} attribute).</li>
 * <li>{@code IdleConnectionReaperHandler#channelIdle(ChannelHandlerContext, IdleStateEvent)}: a channel was idle
 *     for the client's {@code connectionMaxIdleTime} (60 s by default); the reaper closes it when its
 *     {@code IN_USE} attribute is false and it is open: {@code idle-timeout}.</li>
 * <li>{@code SimpleChannelPoolAwareChannelPool#close()}: the outermost pool is closed with its client
 *     ({@code NettyNioAsyncHttpClient#close()}, through {@code SdkChannelPoolMap#close()}, on the closing thread,
 *     before the inner pools and the event loops close the channels): its channels close {@code app-closed}.</li>
 * </ul>
 * The close itself is seen through a listener on the channel's {@code closeFuture()}. HTTP/2 ({@code Protocol.HTTP2})
 * runs its streams through {@code Http2MultiplexedChannelPool} as child channels, which this slice does not track.
 */
public final class AwsNettyInstrumentation {

    static final String PACKAGE = "software.amazon.awssdk.http.nio.netty.internal.";
    static final String EXECUTOR = "software.amazon.awssdk.http.nio.netty.internal.NettyRequestExecutor";
    static final String INITIALIZER = "software.amazon.awssdk.http.nio.netty.internal.ChannelPipelineInitializer";
    static final String HONOR_CLOSE =
            "software.amazon.awssdk.http.nio.netty.internal.HonorCloseOnReleaseChannelPool";
    static final String IDLE_REAPER =
            "software.amazon.awssdk.http.nio.netty.internal.IdleConnectionReaperHandler";
    static final String POOL = "software.amazon.awssdk.http.nio.netty.internal.SimpleChannelPoolAwareChannelPool";

    private AwsNettyInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(EXECUTOR, named("execute").and(takesArguments(0)), ExecuteAdvice.class),
                new Hook(EXECUTOR, named("makeRequestListener").and(takesArguments(1)), ChannelReadyAdvice.class),
                new Hook(INITIALIZER, named("channelCreated").and(takesArguments(1))
                        .and(takesArgument(0, "io.netty.channel.Channel")), ChannelCreatedAdvice.class),
                new Hook(HONOR_CLOSE, named("release").and(takesArguments(2))
                        .and(takesArgument(0, "io.netty.channel.Channel")), ReleaseAdvice.class),
                new Hook(IDLE_REAPER, named("channelIdle").and(takesArguments(2)), IdleAdvice.class),
                new Hook(POOL, named("close").and(takesArguments(0)), PoolCloseAdvice.class));
    }
}
