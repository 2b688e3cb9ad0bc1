package dev.reuseagent.client.apache4;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * Apache HttpClient 4's legacy API, still in 4.5: {@code DefaultHttpClient}, {@code SystemDefaultHttpClient} and
 * other {@code AbstractHttpClient}s executing through {@code DefaultRequestDirector} with a legacy
 * {@code ClientConnectionManager}. Verified against httpclient 4.5.14 with httpcore 4.4.16 (sources, and the
 * it-tests). The exchange itself (HttpRequestExecutor), the reuse strategies and httpcore's pool (which
 * PoolingClientConnectionManager's HttpConnPool extends) are the modern API's hooks ({@link Apache4Instrumentation}).
 *
 * <ul>
 *   <li>{@code o.a.http.impl.conn.DefaultClientConnection} (the connection, whatever the manager):
 *       {@code openCompleted(boolean, HttpParams)} exit: connected;
 *       {@code receiveResponseHeader()} exit: a response head; {@code close()}, {@code shutdown()}: it ends.</li>
 *   <li>leases: {@code PoolingClientConnectionManager#requestConnection(HttpRoute, Object)} (start) and
 *       {@code #leaseConnection(Future, long, TimeUnit)} (end); {@code tsccm.ConnPoolByRoute#getEntryBlocking}
 *       (5 arguments) with {@code tsccm.WaitingThread#await(Date)} (queued); {@code getConnection(HttpRoute,
 *       Object)} of {@code BasicClientConnectionManager} and {@code SingleClientConnManager}.</li>
 *   <li>{@code releaseConnection(ManagedClientConnection, long, TimeUnit)} of the four managers: returned.</li>
 *   <li>{@code o.a.http.impl.conn.DefaultClientConnectionOperator#openConnection} (5 arguments), exit on a throw:
 *       a TLS handshake that failed after the TCP connect; {@code o.a.http.impl.client.DefaultRequestDirector
 *       #createTunnelToTarget}: a proxy CONNECT, not an exchange.</li>
 * </ul>
 * Every hook here is {@link Hook#optional() optional}: a class loader whose httpclient lacks the legacy classes (or
 * a method of them) keeps the modern API's hooks; where the legacy classes are absent, so are their connections.
 */
public final class Apache4LegacyInstrumentation {

    static final String CONN = "org.apache.http.impl.conn.";
    static final String CONNECTION = CONN + "DefaultClientConnection";
    static final String OPERATOR = CONN + "DefaultClientConnectionOperator";
    static final String POOLING = CONN + "PoolingClientConnectionManager";
    static final String BASIC = CONN + "BasicClientConnectionManager";
    static final String SINGLE = CONN + "SingleClientConnManager";
    static final String THREAD_SAFE = CONN + "tsccm.ThreadSafeClientConnManager";
    static final String ROUTE_POOL = CONN + "tsccm.ConnPoolByRoute";
    static final String WAITING_THREAD = CONN + "tsccm.WaitingThread";
    static final String DIRECTOR = "org.apache.http.impl.client.DefaultRequestDirector";

    private Apache4LegacyInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(CONNECTION, named("openCompleted").and(takesArguments(2)), LegacyOpenedAdvice.class)
                        .optional(),
                new Hook(CONNECTION, named("receiveResponseHeader").and(takesArguments(0)), LegacyHeadAdvice.class)
                        .optional(),
                new Hook(CONNECTION, named("close").or(named("shutdown")).and(takesArguments(0)),
                        LegacyCloseAdvice.class).optional(),
                new Hook(OPERATOR, named("openConnection").and(takesArguments(5)), OperatorConnectAdvice.class)
                        .optional(),
                new Hook(DIRECTOR, named("createTunnelToTarget"), NotAnExchangeAdvice.class).optional(),
                new Hook(POOLING, named("requestConnection").and(takesArguments(2)), LegacyRequestAdvice.class)
                        .optional(),
                new Hook(POOLING, named("leaseConnection").and(takesArguments(3)), LegacyLeasedAdvice.class)
                        .optional(),
                new Hook(ROUTE_POOL, named("getEntryBlocking").and(takesArguments(5)), LegacyLeaseAdvice.class)
                        .optional(),
                new Hook(WAITING_THREAD, named("await").and(takesArguments(1)), QueueAdvice.class).optional(),
                new Hook(BASIC, named("getConnection").and(takesArguments(2)), LegacyLeaseAdvice.class).optional(),
                new Hook(SINGLE, named("getConnection").and(takesArguments(2)), LegacyLeaseAdvice.class).optional(),
                release(POOLING), release(BASIC), release(SINGLE), release(THREAD_SAFE));
    }

    private static Hook release(String manager) {
        return new Hook(manager, named("releaseConnection").and(takesArguments(3)), LegacyReleaseAdvice.class)
                .optional();
    }
}
