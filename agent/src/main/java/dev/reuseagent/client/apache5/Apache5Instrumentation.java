package dev.reuseagent.client.apache5;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * Apache HttpClient 5.x, classic (blocking) API. Verified against httpclient5 5.5.1 with httpcore5 5.3.6 (the
 * sources, and the it-tests) and against httpclient5 5.6.5 with httpcore5 5.4.4 ({@code javap -p}: every hooked
 * method below, and the fields and methods read by reflection, unchanged; the core it-tests, client-libs/apache5-6);
 * the names and signatures are the same in 5.0.4 to 5.6.x (docs/research/apache-hooks.md).
 *
 * <ul>
 *   <li>{@code o.a.hc.client5.http.impl.classic.InternalExecRuntime#acquireEndpoint(String, HttpRoute, Object,
 *       HttpClientContext)}: the lease (fields {@code manager}, the pool; {@code reusable}, connected on exit);
 *       {@code #markConnectionNonReusable()}: the connection closes after its response.</li>
 *   <li>{@code o.a.hc.core5.pool.StrictConnPool#lease} and {@code LaxConnPool#lease} (4 arguments): a returned
 *       future that is not done means the lease queued at the pool's limit; {@code StrictConnPool$PerRoutePool#createEntry}
 *       and {@code LaxConnPool$PerRoutePool#createPoolEntry}: the pool's miss, timed under its lock.</li>
 *   <li>{@code o.a.hc.client5.http.impl.io.DefaultManagedHttpClientConnection} (the connection): {@code activate()}
 *       (handed out idle, i.e. reused), {@code passivate()} (returned), {@code close()} and
 *       {@code close(CloseMode)} (field {@code closed}).</li>
 *   <li>{@code o.a.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator#connect(ManagedHttpClientConnection,
 *       ...)}, all overloads, outermost: a new connection's TCP connect and TLS handshake.</li>
 *   <li>{@code o.a.hc.core5.http.impl.io.HttpRequestExecutor#execute} (4 arguments): one exchange;
 *       {@code o.a.hc.client5.http.impl.classic.ConnectExec#createTunnelToTarget}: a proxy CONNECT, not one.</li>
 *   <li>{@code o.a.hc.core5.http.impl.DefaultConnectionReuseStrategy#keepAlive(HttpRequest, HttpResponse,
 *       HttpContext)}: whether a refusal came from the request's own {@code Connection: close}.</li>
 * </ul>
 * The async client ({@code PoolingAsyncClientConnectionManager}) is not hooked here: it is slice
 * {@code apache5-async}'s. Not hooked: 5.6's opt-in {@code PoolConcurrencyPolicy.OFFLOCK} pool
 * ({@code o.a.hc.core5.pool.RouteSegmentedConnPool}; default is STRICT), so under it no lease waits are reported;
 * it and 5.6's opt-in off-lock disposal ({@code setOffLockDisposalEnabled}) are not it-tested.
 *
 * <p>Only with {@code enforce=apache} ({@link #enforceHooks()}):
 * <ul>
 *   <li>{@code o.a.hc.client5.http.impl.classic.HttpClientBuilder#build()}: the {@code shared-manager} repair
 *       ({@link Apache5Enforcer}).</li>
 *   <li>{@code o.a.hc.client5.http.impl.classic.InternalHttpClient#doExecute(HttpHost, ClassicHttpRequest,
 *       HttpContext)}: the client whose request runs, to count connections one client of a shared manager reuses
 *       from another.</li>
 *   <li>the {@code InternalExecRuntime} constructor and {@code InternalHttpClient#close(CloseMode)}: what a client
 *       of a shared manager still holds when it is closed is closed and released, as its own manager's
 *       {@code close(GRACEFUL)} would have done.</li>
 * </ul>
 * No drain repair: 5.x already reads an unread body to its end when the response is closed
 * ({@code CloseableHttpResponse#close()} closes the entity; {@code ResponseEntityProxy#close()} closes the
 * {@code ContentLengthInputStream} / {@code ChunkedInputStream}, which drain, then releases the connection).
 */
public final class Apache5Instrumentation {

    static final String RUNTIME = "org.apache.hc.client5.http.impl.classic.InternalExecRuntime";
    static final String CONNECTION = "org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection";
    static final String OPERATOR = "org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator";
    static final String STRICT_POOL = "org.apache.hc.core5.pool.StrictConnPool";
    static final String LAX_POOL = "org.apache.hc.core5.pool.LaxConnPool";
    static final String STRICT_ROUTE_POOL = "org.apache.hc.core5.pool.StrictConnPool$PerRoutePool";
    static final String LAX_ROUTE_POOL = "org.apache.hc.core5.pool.LaxConnPool$PerRoutePool";
    static final String REQUEST_EXECUTOR = "org.apache.hc.core5.http.impl.io.HttpRequestExecutor";
    static final String CONNECT_EXEC = "org.apache.hc.client5.http.impl.classic.ConnectExec";
    static final String REUSE_STRATEGY = "org.apache.hc.core5.http.impl.DefaultConnectionReuseStrategy";
    static final String BUILDER = Apache5Enforcer.BUILDER;
    static final String INTERNAL_CLIENT = "org.apache.hc.client5.http.impl.classic.InternalHttpClient";

    private Apache5Instrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(RUNTIME, named("acquireEndpoint").and(takesArguments(4)), AcquireEndpointAdvice.class),
                new Hook(RUNTIME, named("markConnectionNonReusable").and(takesArguments(0)),
                        NonReusableAdvice.class),
                new Hook(STRICT_POOL, named("lease").and(takesArguments(4)),
                        PoolLeaseAdvice.class),
                new Hook(LAX_POOL, named("lease").and(takesArguments(4)),
                        PoolLeaseAdvice.class),
                new Hook(STRICT_ROUTE_POOL,
                        named("createEntry").and(takesArguments(1)), PoolMissAdvice.class),
                new Hook(LAX_ROUTE_POOL,
                        named("createPoolEntry").and(takesArguments(0)), PoolMissAdvice.class),
                new Hook(CONNECTION, named("activate").and(takesArguments(0)), ActivateAdvice.class),
                new Hook(CONNECTION, named("passivate").and(takesArguments(0)), PassivateAdvice.class),
                new Hook(CONNECTION, named("close").and(takesArguments(0)), CloseAdvice.class),
                new Hook(CONNECTION, named("close").and(takesArguments(1)), CloseModeAdvice.class),
                new Hook(OPERATOR, named("connect").and(takesArgument(0,
                        "org.apache.hc.client5.http.io.ManagedHttpClientConnection")),
                        OperatorConnectAdvice.class),
                new Hook(REQUEST_EXECUTOR,
                        named("execute").and(takesArguments(4)), ExchangeAdvice.class),
                new Hook(CONNECT_EXEC, named("createTunnelToTarget"),
                        NotAnExchangeAdvice.class),
                new Hook(REUSE_STRATEGY,
                        named("keepAlive").and(takesArguments(3)), ReuseStrategyAdvice.class));
    }

    /** The repair hooks, woven only when {@code enforce=apache}. */
    public static List<Hook> enforceHooks() {
        return List.of(
                new Hook(BUILDER, named("build").and(takesArguments(0)), BuildAdvice.class),
                new Hook(INTERNAL_CLIENT, named("doExecute").and(takesArguments(3)), ExecuteAdvice.class),
                new Hook(RUNTIME, isConstructor(), RuntimeCreatedAdvice.class),
                new Hook(INTERNAL_CLIENT, named("close").and(takesArguments(1)), ClientCloseAdvice.class));
    }
}
