package dev.reuseagent.client.apache4;

import dev.reuseagent.weave.Hook;

import java.util.ArrayList;
import java.util.List;

import static dev.reuseagent.weave.Methods.isBridge;
import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.not;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * Apache HttpClient 4.5 (classic, {@code PoolingHttpClientConnectionManager}). Verified against httpclient
 * 4.5.14 with httpcore 4.4.16 (sources, and the it-tests). Both are Java 6 class files, so every advice here is a
 * single static call: no string concatenation, no lambdas (they would need invokedynamic).
 *
 * <ul>
 *   <li>{@code o.a.http.pool.AbstractConnPool#getPoolEntryBlocking} (private, 5 arguments): the lease, on the
 *       calling thread; {@code o.a.http.pool.RouteSpecificPool#queue(Future)}: it waits at the pool's limit.</li>
 *   <li>{@code o.a.http.impl.conn.CPool#createEntry(HttpRoute, ManagedHttpClientConnection)}: the miss;
 *       {@code AbstractConnPool#onLease(PoolEntry)}: handed out; {@code AbstractConnPool#release(PoolEntry,
 *       boolean)}: returned (bridges excluded).</li>
 *   <li>{@code o.a.http.impl.conn.DefaultHttpClientConnectionOperator#connect} (6 arguments), exit on a throw: a
 *       TLS handshake that failed after the TCP connect is a failed connection.</li>
 *   <li>{@code o.a.http.impl.conn.CPoolEntry} (the connection): {@code markRouteComplete()} (established),
 *       {@code closeConnection()}, {@code shutdownConnection()}.</li>
 *   <li>{@code o.a.http.protocol.HttpRequestExecutor#execute(HttpRequest, HttpClientConnection, HttpContext)}
 *       with {@code o.a.http.impl.conn.CPoolProxy#receiveResponseHeader()} (field {@code poolEntry}): one
 *       exchange; {@code o.a.http.impl.execchain.MainClientExec#createTunnelToTarget}: a proxy CONNECT, not one.</li>
 *   <li>{@code o.a.http.impl.execchain.ConnectionHolder#markNonReusable()}, and {@code keepAlive(HttpResponse,
 *       HttpContext)} of {@code o.a.http.impl.client.DefaultClientConnectionReuseStrategy},
 *       {@code o.a.http.impl.DefaultConnectionReuseStrategy} and {@code o.a.http.impl.NoConnectionReuseStrategy}:
 *       the connection closes after its response, by the server's or the application's choice.</li>
 * </ul>
 * {@code BasicHttpClientConnectionManager} (one connection, no CPool) is not instrumented: its connects appear
 * under client {@code unknown}. The legacy API ({@code DefaultHttpClient}, its four connection managers) adds the
 * optional hooks of {@link Apache4LegacyInstrumentation}.
 *
 * <p>Only with {@code enforce=apache} ({@link #enforceHooks()}):
 * <ul>
 *   <li>{@code o.a.http.impl.client.HttpClientBuilder#build()}: the {@code shared-manager} repair
 *       ({@link Apache4Enforcer}).</li>
 *   <li>{@code o.a.http.impl.client.InternalHttpClient#doExecute(HttpHost, HttpRequest, HttpContext)}: the client
 *       whose request runs, to count connections one client of a shared manager reuses from another.</li>
 *   <li>{@code o.a.http.impl.execchain.HttpResponseProxy#close()} (fields {@code original}, {@code connHolder}):
 *       the {@code drain} repair ({@link Apache4Drain}).</li>
 *   <li>the {@code o.a.http.impl.execchain.ConnectionHolder} constructor and {@code InternalHttpClient#close()}:
 *       what a client of a shared manager still holds when it is closed is closed and released, as its own
 *       manager's shutdown would have done.</li>
 * </ul>
 */
public final class Apache4Instrumentation {

    static final String POOL = "org.apache.http.pool.AbstractConnPool";
    static final String ROUTE_POOL = "org.apache.http.pool.RouteSpecificPool";
    static final String REQUEST_EXECUTOR = "org.apache.http.protocol.HttpRequestExecutor";
    static final String POOL_PROXY = "org.apache.http.impl.conn.CPoolProxy";
    static final String MAIN_EXEC = "org.apache.http.impl.execchain.MainClientExec";
    static final String CONNECTION_HOLDER = "org.apache.http.impl.execchain.ConnectionHolder";
    static final String CLIENT_REUSE_STRATEGY = "org.apache.http.impl.client.DefaultClientConnectionReuseStrategy";
    static final String REUSE_STRATEGY = "org.apache.http.impl.DefaultConnectionReuseStrategy";
    static final String NO_REUSE_STRATEGY = "org.apache.http.impl.NoConnectionReuseStrategy";
    static final String OPERATOR = "org.apache.http.impl.conn.DefaultHttpClientConnectionOperator";
    static final String BUILDER = Apache4Enforcer.BUILDER;
    static final String INTERNAL_CLIENT = "org.apache.http.impl.client.InternalHttpClient";
    static final String RESPONSE_PROXY = "org.apache.http.impl.execchain.HttpResponseProxy";

    private Apache4Instrumentation() {
    }

    public static List<Hook> hooks() {
        List<Hook> hooks = new ArrayList<>(List.of(
                new Hook(POOL, named("getPoolEntryBlocking").and(takesArguments(5)), PoolEntryBlockingAdvice.class),
                new Hook(ROUTE_POOL, named("queue").and(takesArguments(1)),
                        QueueAdvice.class),
                new Hook(Apache4Tracking.CPOOL, named("createEntry").and(takesArguments(2)).and(not(isBridge())),
                        CreateEntryAdvice.class),
                new Hook(POOL, named("onLease").and(takesArguments(1)), LeaseAdvice.class),
                new Hook(POOL, named("release").and(takesArguments(2)).and(not(isBridge())), ReleaseAdvice.class),
                new Hook(Apache4Tracking.CPOOL_ENTRY, named("markRouteComplete").and(takesArguments(0)),
                        RouteCompleteAdvice.class),
                new Hook(Apache4Tracking.CPOOL_ENTRY, named("closeConnection").or(named("shutdownConnection"))
                        .and(takesArguments(0)), CloseAdvice.class),
                new Hook(OPERATOR, named("connect").and(takesArguments(6)), OperatorConnectAdvice.class),
                new Hook(REQUEST_EXECUTOR, named("execute").and(takesArguments(3)),
                        ExchangeAdvice.class),
                new Hook(POOL_PROXY, named("receiveResponseHeader")
                        .and(takesArguments(0)), ResponseHeadAdvice.class),
                new Hook(MAIN_EXEC, named("createTunnelToTarget"),
                        NotAnExchangeAdvice.class),
                new Hook(CONNECTION_HOLDER, named("markNonReusable")
                        .and(takesArguments(0)), NonReusableAdvice.class),
                new Hook(CLIENT_REUSE_STRATEGY,
                        named("keepAlive").and(takesArguments(2)), ReuseStrategyAdvice.class),
                new Hook(REUSE_STRATEGY,
                        named("keepAlive").and(takesArguments(2)), ReuseStrategyAdvice.class),
                new Hook(NO_REUSE_STRATEGY,
                        named("keepAlive").and(takesArguments(2)), NoReuseStrategyAdvice.class)));
        // the legacy API (DefaultHttpClient & co.): all optional, never standing the slice down
        hooks.addAll(Apache4LegacyInstrumentation.hooks());
        return hooks;
    }

    /** The repair hooks, woven only when {@code enforce=apache}. */
    public static List<Hook> enforceHooks() {
        return List.of(
                new Hook(BUILDER, named("build").and(takesArguments(0)), BuildAdvice.class),
                new Hook(INTERNAL_CLIENT, named("doExecute").and(takesArguments(3)), ExecuteAdvice.class),
                new Hook(RESPONSE_PROXY, named("close").and(takesArguments(0)), ResponseCloseAdvice.class),
                new Hook(CONNECTION_HOLDER, isConstructor(), HolderCreatedAdvice.class),
                new Hook(INTERNAL_CLIENT, named("close").and(takesArguments(0)), ClientCloseAdvice.class));
    }
}
