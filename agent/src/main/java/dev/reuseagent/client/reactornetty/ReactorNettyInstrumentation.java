package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * Reactor Netty's connection pools: HTTP/1.1 in reactor-netty-core, HTTP/2 in reactor-netty-http. Verified against
 * Reactor Netty 1.3.7 (class files; the source read at tag v1.3.6, unchanged there), whose reactor-pool is shaded under
 * {@code reactor.netty.internal.shaded.reactor.pool}:
 * <ul>
 * <li>{@code PooledConnectionProvider#acquire(TransportConfig, ConnectionObserver, Supplier, AddressResolverGroup)}:
 *     a request asks the pool for a connection, on the thread that subscribed it; the config tells http from https
 *     ({@code HttpClientConfig#isSecure}), the supplier ({@code HttpClientConnect$HttpClientHandler}) gives the
 *     address as the application wrote it. Only HTTP/1.1 configs are tracked ({@code HttpClientConfig#protocols} is
 *     {@code HTTP11} alone).</li>
 * <li>{@code DefaultPooledConnectionProvider$DisposableAcquire(ConnectionObserver, OnSetup, long, InstrumentedPool,
 *     MonoSink, Context)} and {@code DisposableAcquire(DisposableAcquire)}: the subscriber of that pool acquire,
 *     built right after on the same thread (the second one re-acquires once when the pooled channel was dead).</li>
 * <li>{@code DisposableAcquire#run()}: the pool handed out a connection ({@code pooledRef}, on the channel's event
 *     loop): a new one when its {@code PooledRefMetadata#acquireCount()} is 1, else a reused one. One request.</li>
 * <li>{@code DefaultPooledConnectionProvider$PooledConnection#onStateChange(Connection, State)} with
 *     {@code [disconnecting]}: the request is done; the connection goes back to the pool, or is closed when it is
 *     not persistent ({@code Connection: close}, HTTP/1.0). The release to the pool runs inside the call (another
 *     request may take the connection there): the connection is idle from the call's exit.</li>
 * <li>{@code DefaultPooledConnectionProvider$PooledConnectionAllocator$PooledConnectionInitializer}: its constructor
 *     runs when the pool had nothing to give and allocates (the miss, for the reason), its
 *     {@code initChannel(Channel)} names the channel that allocation made, before it connects.</li>
 * <li>{@code HttpClient.newConnection()} pools nothing ({@code NewConnectionProvider}): its {@code acquire} (same
 *     arguments), {@code NewConnectionProvider$NewConnectionObserver(MonoSink, Context, ConnectionObserver)} built
 *     right after on the same thread, and its {@code onStateChange(Connection, State)}: {@code [configured]}, a new
 *     connection for one request (its pool is the observer: one per connection); {@code [disconnecting]}, closed
 *     by the provider after its request.</li>
 * <li>HTTP/2 ({@code HttpProtocol.H2}, {@code H2C}; reactor-netty-http): {@code Http2ConnectionProvider} extends
 *     {@code PooledConnectionProvider}, so the same {@code acquire} is called first on it (the request, tracked),
 *     then, when its {@code Http2Pool} needs a TCP connection, on the provider under it (its config allows HTTP/2:
 *     not tracked as a request). Its {@code Http2ConnectionProvider$DisposableAcquire(ConnectionObserver, OnSetup,
 *     boolean, int, Http2SettingsSpec, ChannelMetricsRecorder, long, InstrumentedPool, SocketAddress,
 *     SocketAddress, MonoSink, Context, Function)} is built right after on the same thread (and
 *     {@code DisposableAcquire(DisposableAcquire)} when a connection at its stream limit makes it acquire again);
 *     its {@code onNext(PooledRef)} is the {@code Http2Pool} handing the request a place on a connection (its
 *     {@code poolable()} the TCP connection), where it opens a stream next. Optional hooks: a Reactor Netty
 *     without its HTTP client has none of them.</li>
 * <li>reactor-pool's {@code AbstractPool#destroyPoolable(AbstractPooledRef)} (shaded, as above): the pool destroys
 *     a connection, then its destroy handler ({@code PooledConnectionAllocator}'s) closes the channel if it is still
 *     active. Called for an eviction ({@code maxIdleTime}, {@code maxLifeTime}, the eviction predicate: at an
 *     acquire, at a release or in the background), an invalidation (Reactor Netty invalidates only channels already
 *     closed) and the pool's disposal.</li>
 * </ul>
 * The close itself is seen through a listener on the channel's {@code closeFuture()}.
 */
public final class ReactorNettyInstrumentation {

    static final String PROVIDER = "reactor.netty.resources.PooledConnectionProvider";
    static final String ACQUIRE = "reactor.netty.resources.DefaultPooledConnectionProvider$DisposableAcquire";
    static final String POOLED_CONNECTION =
            "reactor.netty.resources.DefaultPooledConnectionProvider$PooledConnection";
    static final String NEW_PROVIDER = "reactor.netty.resources.NewConnectionProvider";
    static final String NEW_OBSERVER = "reactor.netty.resources.NewConnectionProvider$NewConnectionObserver";
    static final String H2_PROVIDER = "reactor.netty.http.client.Http2ConnectionProvider";
    static final String H2_ACQUIRE = H2_PROVIDER + "$DisposableAcquire";
    static final String POOL = ReactorNettyApi.POOL_PACKAGE + "AbstractPool";
    static final String INITIALIZER =
            "reactor.netty.resources.DefaultPooledConnectionProvider$PooledConnectionAllocator$PooledConnectionInitializer";

    private ReactorNettyInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(PROVIDER, named("acquire").and(takesArguments(4))
                        .and(takesArgument(0, "reactor.netty.transport.TransportConfig")), AcquireCalledAdvice.class),
                new Hook(ACQUIRE, isConstructor().and(takesArguments(6)), AcquireCreatedAdvice.class),
                new Hook(ACQUIRE, isConstructor().and(takesArguments(1)), AcquireRetriedAdvice.class),
                new Hook(ACQUIRE, named("run").and(takesArguments(0)), AcquireRunAdvice.class),
                new Hook(POOLED_CONNECTION, named("onStateChange").and(takesArguments(2)), StateChangeAdvice.class),
                new Hook(POOL, named("destroyPoolable").and(takesArguments(1)), DestroyAdvice.class),
                new Hook(INITIALIZER, isConstructor(), AllocateAdvice.class),
                new Hook(INITIALIZER, named("initChannel").and(takesArguments(1)), InitChannelAdvice.class),
                new Hook(NEW_PROVIDER, named("acquire").and(takesArguments(4))
                        .and(takesArgument(0, "reactor.netty.transport.TransportConfig")),
                        NewConnectionAcquireAdvice.class),
                new Hook(NEW_OBSERVER, isConstructor().and(takesArguments(3)), NewConnectionObserverAdvice.class),
                new Hook(NEW_OBSERVER, named("onStateChange").and(takesArguments(2)),
                        NewConnectionStateAdvice.class),
                new Hook(H2_ACQUIRE, isConstructor().and(takesArguments(13)), AcquireCreatedAdvice.class).optional(),
                new Hook(H2_ACQUIRE, isConstructor().and(takesArguments(1)), AcquireRetriedAdvice.class).optional(),
                new Hook(H2_ACQUIRE, named("onNext")
                        .and(takesArgument(0, ReactorNettyApi.POOL_PACKAGE + "PooledRef")), StreamAcquiredAdvice.class)
                        .optional());
    }
}
