package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * Reactor Netty's HTTP/1.1 connection pool, four hooks in reactor-netty-core. Verified against Reactor Netty 1.3.7
 * (class files; the source read at tag v1.3.6, unchanged there), whose reactor-pool is shaded under
 * {@code reactor.netty.internal.shaded.reactor.pool}:
 * <ul>
 * <li>{@code PooledConnectionProvider#acquire(TransportConfig, ConnectionObserver, Supplier, AddressResolverGroup)}:
 *     a request asks the pool for a connection, on the thread that subscribed it; the config tells http from https
 *     ({@code HttpClientConfig#isSecure}), the supplier ({@code HttpClientConnect$HttpClientHandler}) gives the
 *     address as the application wrote it. Only the pool of HTTP configs is tracked.</li>
 * <li>{@code DefaultPooledConnectionProvider$DisposableAcquire(ConnectionObserver, OnSetup, long, InstrumentedPool,
 *     MonoSink, Context)} and {@code DisposableAcquire(DisposableAcquire)}: the subscriber of that pool acquire,
 *     built right after on the same thread (the second one re-acquires once when the pooled channel was dead).</li>
 * <li>{@code DisposableAcquire#run()}: the pool handed out a connection ({@code pooledRef}, on the channel's event
 *     loop): a new one when its {@code PooledRefMetadata#acquireCount()} is 1, else a reused one. One request.</li>
 * <li>{@code DefaultPooledConnectionProvider$PooledConnection#onStateChange(Connection, State)} with
 *     {@code [disconnecting]}: the request is done; the connection goes back to the pool, or is closed when it is
 *     not persistent ({@code Connection: close}, HTTP/1.0).</li>
 * </ul>
 * The close itself is seen through a listener on the channel's {@code closeFuture()}.
 */
public final class ReactorNettyInstrumentation {

    static final String PROVIDER = "reactor.netty.resources.PooledConnectionProvider";
    static final String ACQUIRE = "reactor.netty.resources.DefaultPooledConnectionProvider$DisposableAcquire";
    static final String POOLED_CONNECTION =
            "reactor.netty.resources.DefaultPooledConnectionProvider$PooledConnection";

    private ReactorNettyInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(PROVIDER, named("acquire").and(takesArguments(4))
                        .and(takesArgument(0, "reactor.netty.transport.TransportConfig")), AcquireCalledAdvice.class),
                new Hook(ACQUIRE, isConstructor().and(takesArguments(6)), AcquireCreatedAdvice.class),
                new Hook(ACQUIRE, isConstructor().and(takesArguments(1)), AcquireRetriedAdvice.class),
                new Hook(ACQUIRE, named("run").and(takesArguments(0)), AcquireRunAdvice.class),
                new Hook(POOLED_CONNECTION, named("onStateChange").and(takesArguments(2)), StateChangeAdvice.class));
    }
}
