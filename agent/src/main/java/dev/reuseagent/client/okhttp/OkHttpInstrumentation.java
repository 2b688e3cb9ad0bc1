package dev.reuseagent.client.okhttp;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.returns;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * OkHttp 4.12 and 5.x ({@code okhttp3}), hooked directly in its pool and connection classes. Verified with
 * {@code javap} against okhttp-4.12.0.jar and okhttp-jvm-5.3.2.jar and against their Kotlin sources (tags
 * {@code parent-4.12.0}, {@code parent-5.3.2}); docs/research/okhttp-hooks.md has the details. Where 4.12 and 5.x
 * differ there is one target per shape, marked {@link Hook#onlyIn} its version, and each matcher matches nothing in
 * the other version. All hooks apply or none, per class loader ({@code HookGroup}).
 *
 * <p>OkHttp 3.14 (verified with {@code javap} against okhttp-3.14.9.jar and its Java sources, tag
 * {@code parent-3.14.9}) has its own hooks, marked {@code 3.x}, where it differs: the pool look-up is
 * {@code transmitterAcquirePooledConnection(Address, Transmitter, List, Z)Z}; {@code Transmitter} (not the call)
 * acquires the connection; the call is {@code okhttp3.RealCall}, whose {@code AsyncCall#execute()} runs it;
 * {@code RealConnection#newCodec} has no {@code $okhttp}; {@code noNewExchanges()} shares 5.x's name but the idle
 * mark is {@code idleAtNanos}; {@code trackFailure(IOException)} takes no call; there is no
 * {@code setNoNewExchanges}, and the pool's {@code cleanup} and {@code evictAll} remove connections from a
 * {@code Deque} without retiring them. {@code RealConnection#connect} (7 arguments) is the same as in 4.12.
 *
 * <table>
 *   <caption>Hook points (package {@code okhttp3.internal.connection} unless named)</caption>
 *   <tr><th>class#method</th><th>4.12</th><th>5.x</th><th>what it tells</th></tr>
 *   <tr><td>RealConnectionPool#callAcquirePooledConnection</td><td>(Address,RealCall,List,Z)Z</td>
 *       <td>{@code $okhttp}(Z,Address,RealCall,List,Z)RealConnection</td><td>the pool's miss</td></tr>
 *   <tr><td>RealCall#acquireConnectionNoEvents(RealConnection)</td><td>same</td><td>same</td>
 *       <td>a connection handed to a call</td></tr>
 *   <tr><td>RealConnectionPool#put(RealConnection)</td><td>same</td><td>same</td><td>a new connection</td></tr>
 *   <tr><td>RealConnection#connect(IIIIZ,Call,EventListener)</td><td>yes</td><td>-</td>
 *       <td>its TCP connect (calling thread)</td></tr>
 *   <tr><td>ConnectPlan#connectTlsEtc()</td><td>-</td><td>yes</td>
 *       <td>its TCP connect (made on a fast-fallback thread), before TLS on the calling thread</td></tr>
 *   <tr><td>RealConnectionPool#callAcquirePooledConnection (HTTP/2 only, hit); ConnectPlan#cancel()</td>
 *       <td>coalescing</td><td>coalescing; fast-fallback losers</td><td>connects made but closed unused</td></tr>
 *   <tr><td>RealConnection#connectTls(ConnectionSpecSelector); ConnectPlan#connectTls(SSLSocket,ConnectionSpec)</td>
 *       <td>4.12</td><td>5.x</td><td>a TLS handshake that threw: a failed connection</td></tr>
 *   <tr><td>RealConnection#newCodec$okhttp; Exchange#responseHeadersEnd(Response)</td><td>same</td><td>same</td>
 *       <td>one exchange (HTTP/2: one stream)</td></tr>
 *   <tr><td>RealConnectionPool#connectionBecameIdle(RealConnection)Z</td><td>same</td><td>same</td>
 *       <td>back in the pool, or closed</td></tr>
 *   <tr><td>RealConnection#noNewExchanges</td><td>{@code noNewExchanges$okhttp()}</td><td>{@code noNewExchanges()}</td>
 *       <td>retired: who called says why</td></tr>
 *   <tr><td>RealConnection#setNoNewExchanges(Z)</td><td>same</td><td>same</td><td>retired or evicted by the pool</td></tr>
 *   <tr><td>RealConnection#trackFailure</td><td>{@code trackFailure$okhttp}</td><td>{@code trackFailure}</td>
 *       <td>retired by an I/O error</td></tr>
 *   <tr><td>RealConnection#isHealthy(Z)Z</td><td>same</td><td>same</td><td>dead in the pool</td></tr>
 *   <tr><td>RealConnectionPool#cleanup(J) / #closeConnections(J)</td><td>cleanup</td><td>closeConnections</td>
 *       <td>eviction run: idle-timeout vs pool-full</td></tr>
 *   <tr><td>RealConnectionPool#pruneAndGetAllocationCount; internal.platform.Platform#logCloseableLeak</td>
 *       <td>same</td><td>same</td><td>a response body never closed, collected</td></tr>
 *   <tr><td>internal.http.CallServerInterceptor#intercept</td><td>same</td><td>same</td>
 *       <td>whose {@code Connection: close}</td></tr>
 *   <tr><td>RealCall#enqueue(Callback); RealCall$AsyncCall#run()</td><td>same</td><td>same</td>
 *       <td>the application line of an asynchronous call</td></tr>
 * </table>
 *
 * <p>With {@code enforce=okhttp} only ({@link #enforceHooks()}), for the {@code shared-pool} repair, verified against
 * the same sources ({@code OkHttpClient.kt}: 4.12 {@code okhttp/src/main/kotlin}, 5.3.2
 * {@code okhttp/src/commonJvmAndroid/kotlin}):
 * <table>
 *   <caption>Enforcement hook points</caption>
 *   <tr><th>class#method</th><th>4.12</th><th>5.x</th><th>what it is for</th></tr>
 *   <tr><td>okhttp3.OkHttpClient$Builder()</td><td>makes {@code ConnectionPool()}</td><td>pool stays null</td>
 *       <td>tell the builder's own pool from one the application set</td></tr>
 *   <tr><td>okhttp3.OkHttpClient$Builder(OkHttpClient)</td><td>same</td><td>same</td>
 *       <td>{@code newBuilder()}: which clients share a pool without the agent</td></tr>
 *   <tr><td>okhttp3.OkHttpClient(OkHttpClient$Builder)</td><td>same</td><td>same</td>
 *       <td>enter: repair the builder before the client reads it; exit: the client</td></tr>
 *   <tr><td>RealConnection#newCodec$okhttp(OkHttpClient, RealInterceptorChain)</td><td>same</td><td>same</td>
 *       <td>which client's exchange runs on a shared connection</td></tr>
 * </table>
 */
public final class OkHttpInstrumentation {

    static final String PACKAGE = "okhttp3.internal.connection.";
    static final String POOL = PACKAGE + "RealConnectionPool";
    static final String CONNECTION = PACKAGE + "RealConnection";
    static final String CALL = PACKAGE + "RealCall";
    static final String ASYNC_CALL = CALL + "$AsyncCall";
    /** 3.x: the call is {@code okhttp3.RealCall}, and its {@code Transmitter} holds the connection. */
    static final String CALL3 = "okhttp3.RealCall";
    static final String ASYNC_CALL3 = CALL3 + "$AsyncCall";
    static final String TRANSMITTER = PACKAGE + "Transmitter";
    static final String EXCHANGE = PACKAGE + "Exchange";
    static final String CONNECT_PLAN = PACKAGE + "ConnectPlan";
    static final String CALL_SERVER_INTERCEPTOR = "okhttp3.internal.http.CallServerInterceptor";
    static final String PLATFORM = "okhttp3.internal.platform.Platform";
    static final String CLIENT = "okhttp3.OkHttpClient";
    static final String BUILDER = CLIENT + "$Builder";
    /** The versions whose hooks differ ({@link Hook#onlyIn}); every other hook is needed in all three. */
    private static final String V3 = "3.x";
    private static final String V4 = "4.x";
    private static final String V5 = "5.x";

    private OkHttpInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                // the pool
                new Hook(POOL, named("callAcquirePooledConnection").and(takesArguments(4)).and(returns(boolean.class)),
                        PoolLookup4Advice.class).onlyIn(V4),
                new Hook(POOL, named("transmitterAcquirePooledConnection").and(takesArguments(4))
                        .and(returns(boolean.class)), PoolLookup4Advice.class).onlyIn(V3),
                new Hook(POOL, named("callAcquirePooledConnection$okhttp").and(takesArguments(5)),
                        PoolLookup5Advice.class).onlyIn(V5),
                new Hook(POOL, named("put").and(takesArguments(1)), PutAdvice.class),
                new Hook(POOL, named("connectionBecameIdle").and(takesArguments(1)), BecameIdleAdvice.class),
                new Hook(POOL, named("cleanup").or(named("closeConnections")).and(takesArguments(long.class)),
                        CleanupAdvice.class),
                new Hook(POOL, named("cleanup").and(takesArguments(long.class)), Cleanup3Advice.class).onlyIn(V3),
                new Hook(POOL, named("evictAll").and(takesArguments(0)), EvictAll3Advice.class).onlyIn(V3),
                new Hook(POOL, named("pruneAndGetAllocationCount").and(takesArguments(2)), PruneAdvice.class),
                new Hook(PLATFORM, named("logCloseableLeak").and(takesArguments(2)), LeakAdvice.class),
                // calls
                new Hook(CALL, named("acquireConnectionNoEvents").and(takesArguments(1)), AcquireAdvice.class)
                        .onlyIn(V4, V5),
                new Hook(TRANSMITTER, named("acquireConnectionNoEvents").and(takesArguments(1)), AcquireAdvice.class)
                        .onlyIn(V3),
                new Hook(CALL, named("enqueue").and(takesArguments(1)), EnqueueAdvice.class).onlyIn(V4, V5),
                new Hook(CALL3, named("enqueue").and(takesArguments(1)), EnqueueAdvice.class).onlyIn(V3),
                new Hook(ASYNC_CALL, named("run").and(takesArguments(0)), AsyncRunAdvice.class).onlyIn(V4, V5),
                // 3.x: run() is NamedRunnable's (final), execute() the call's own
                new Hook(ASYNC_CALL3, named("execute").and(takesArguments(0)), AsyncRunAdvice.class).onlyIn(V3),
                new Hook(EXCHANGE, named("responseHeadersEnd").and(takesArguments(1)),
                        ResponseHeadersEndAdvice.class),
                new Hook(CALL_SERVER_INTERCEPTOR, named("intercept").and(takesArguments(1)), InterceptAdvice.class),
                // the connection
                new Hook(CONNECTION, named("connect").and(takesArguments(7)), Connect4Advice.class).onlyIn(V3, V4),
                new Hook(CONNECT_PLAN, named("connectTlsEtc").and(takesArguments(0)), TlsStart5Advice.class)
                        .onlyIn(V5),
                new Hook(CONNECT_PLAN, named("cancel").and(takesArguments(0)), PlanCancel5Advice.class).onlyIn(V5),
                new Hook(CONNECTION, named("connectTls").and(takesArguments(1)), TlsFailedAdvice.class).onlyIn(V4),
                new Hook(CONNECT_PLAN, named("connectTls").and(takesArguments(2)), TlsFailedAdvice.class)
                        .onlyIn(V5),
                new Hook(CONNECTION, named("newCodec$okhttp").and(takesArguments(2)), NewCodecAdvice.class)
                        .onlyIn(V4, V5),
                new Hook(CONNECTION, named("newCodec").and(takesArguments(2)), NewCodecAdvice.class).onlyIn(V3),
                // 5.x and 3.x share the name noNewExchanges(): each version's advice binds only its own idle field
                new Hook(CONNECTION, named("noNewExchanges$okhttp").or(named("noNewExchanges"))
                        .and(takesArguments(0)), NoNewExchangesAdvice.class).onlyIn(V4, V5),
                new Hook(CONNECTION, named("noNewExchanges").and(takesArguments(0)), NoNewExchanges3Advice.class)
                        .onlyIn(V3),
                new Hook(CONNECTION, named("setNoNewExchanges").and(takesArguments(boolean.class)),
                        SetNoNewExchangesAdvice.class).onlyIn(V4, V5),
                new Hook(CONNECTION, named("trackFailure$okhttp").or(named("trackFailure")).and(takesArguments(2)),
                        TrackFailureAdvice.class).onlyIn(V4, V5),
                new Hook(CONNECTION, named("trackFailure").and(takesArguments(1)), TrackFailure3Advice.class)
                        .onlyIn(V3),
                new Hook(CONNECTION, named("isHealthy").and(takesArguments(boolean.class)), IsHealthyAdvice.class));
    }

    /** The hooks of the {@code shared-pool} repair, woven only with {@code enforce=okhttp}. */
    public static List<Hook> enforceHooks() {
        return List.of(
                new Hook(BUILDER, isConstructor().and(takesArguments(0)), BuilderCreatedAdvice.class),
                new Hook(BUILDER, isConstructor().and(takesArguments(1)).and(takesArgument(0, CLIENT)),
                        BuilderCopiedAdvice.class),
                new Hook(CLIENT, isConstructor().and(takesArguments(1)).and(takesArgument(0, BUILDER)),
                        ClientBuildAdvice.class),
                // 3.x has no newCodec$okhttp: there the repair stands aside (OkHttpSharedPool), it needs no such hook
                new Hook(CONNECTION, named("newCodec$okhttp").and(takesArguments(2)), SharedExchangeAdvice.class)
                        .onlyIn(V4, V5));
    }
}
