package dev.reuseagent.client.apache4async;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.isBridge;
import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.not;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * Apache HttpAsyncClient 4.1 with httpcore-nio 4.4. Verified against httpasyncclient 4.1.5 with httpcore-nio
 * 4.4.15 (sources and javap, and the it-tests). Java 6 class files: every advice is a single static call.
 *
 * <ul>
 *   <li>{@code o.a.http.nio.pool.AbstractNIOConnPool#lease(route, state, connectTimeout, leaseTimeout, unit,
 *       callback)} (6 arguments; the other overloads delegate to it): a lease, on the thread that called the
 *       client's {@code execute} ({@code DefaultClientExchangeHandlerImpl#start} requests the connection);
 *       {@code o.a.http.nio.pool.RouteSpecificPool#addPending(SessionRequest, BasicFuture)}: the pool had no free
 *       connection and asked the I/O reactor to connect (the miss, and the application line, taken there). A lease
 *       that queued at the pool's limit is kept by its callback (the {@code BasicFuture}'s field {@code callback})
 *       with its line, for the session an I/O thread requests for it later.</li>
 *   <li>{@code AbstractNIOConnPool#requestCompleted(SessionRequest)} on an I/O dispatcher thread, inside which
 *       {@code o.a.http.impl.nio.conn.CPool#createEntry(HttpRoute, ManagedNHttpClientConnection)} (not the bridge)
 *       makes the entry of the new connection; its SocketChannel ({@code SessionRequest#getSession()
 *       .channel()}) claims the connect the transport layer counted on the reactor thread.</li>
 *   <li>{@code AbstractNIOConnPool#onReuse(PoolEntry)}: a free entry handed out; {@code AbstractNIOConnPool#release
 *       (PoolEntry, boolean)} (not the bridge): back in the pool when reusable.</li>
 *   <li>{@code o.a.http.impl.nio.conn.CPoolEntry#closeConnection()} / {@code #shutdownConnection()}: the
 *       connection closes; the cause from the callers ({@link Apache4AsyncCloseCauses}).</li>
 *   <li>{@code o.a.http.nio.protocol.HttpAsyncRequestExecutor#responseReceived(NHttpClientConnection)}: a response
 *       head on that connection, on its I/O dispatcher thread; final heads (1xx stay in the executor) reach
 *       {@code o.a.http.impl.nio.client.DefaultClientExchangeHandlerImpl#responseReceived(HttpResponse)} (or
 *       {@code MinimalClientExchangeHandlerImpl}'s): one exchange.</li>
 *   <li>{@code o.a.http.impl.nio.client.AbstractClientExchangeHandler#manageConnectionPersistence()} (field
 *       {@code localContext}): false when the connection closes after its response, by the server's choice or
 *       the request's {@code Connection: close}.</li>
 * </ul>
 * Not covered: {@code PipeliningClientExchangeHandlerImpl} (pipelined exchanges are not counted), proxies (a
 * tunnel's CONNECT response would count as an exchange), lease waits, and TLS handshakes (the client's
 * {@code SSLEngine}). A connection is held by its lease, not by a thread (one thread may have many requests in
 * flight), so {@code body-not-consumed} is not inferred.
 */
public final class Apache4AsyncInstrumentation {

    static final String POOL = "org.apache.http.nio.pool.AbstractNIOConnPool";
    static final String ROUTE_POOL = "org.apache.http.nio.pool.RouteSpecificPool";
    static final String CPOOL = "org.apache.http.impl.nio.conn.CPool";
    static final String CPOOL_ENTRY = "org.apache.http.impl.nio.conn.CPoolEntry";
    static final String REQUEST_EXECUTOR = "org.apache.http.nio.protocol.HttpAsyncRequestExecutor";
    static final String EXCHANGE_HANDLER = "org.apache.http.impl.nio.client.AbstractClientExchangeHandler";
    static final String DEFAULT_HANDLER = "org.apache.http.impl.nio.client.DefaultClientExchangeHandlerImpl";
    static final String MINIMAL_HANDLER = "org.apache.http.impl.nio.client.MinimalClientExchangeHandlerImpl";
    static final String SSL_SESSION = "org.apache.http.nio.reactor.ssl.SSLIOSession";

    private Apache4AsyncInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(POOL, named("lease").and(takesArguments(6)), LeaseAdvice.class),
                new Hook(ROUTE_POOL, named("addPending").and(takesArguments(2)), PendingAdvice.class),
                new Hook(POOL, named("requestCompleted").and(takesArguments(1)), RequestCompletedAdvice.class),
                new Hook(CPOOL, named("createEntry").and(takesArguments(2)).and(not(isBridge())),
                        CreateEntryAdvice.class),
                new Hook(POOL, named("onReuse").and(takesArguments(1)), ReuseAdvice.class),
                new Hook(POOL, named("release").and(takesArguments(2)).and(not(isBridge())), ReleaseAdvice.class),
                new Hook(CPOOL_ENTRY, named("closeConnection").or(named("shutdownConnection"))
                        .and(takesArguments(0)), CloseAdvice.class),
                new Hook(REQUEST_EXECUTOR, named("responseReceived").and(takesArguments(1)),
                        ResponseHeadAdvice.class),
                new Hook(DEFAULT_HANDLER, named("responseReceived").and(takesArguments(1)), ExchangeAdvice.class),
                new Hook(MINIMAL_HANDLER, named("responseReceived").and(takesArguments(1)), ExchangeAdvice.class),
                new Hook(EXCHANGE_HANDLER, named("manageConnectionPersistence").and(takesArguments(0)),
                        PersistenceAdvice.class),
                // optional: an httpcore-nio without this constructor still gets everything but per-connection TLS
                new Hook(SSL_SESSION, isConstructor().and(takesArguments(6)), SslSessionAdvice.class).optional());
    }
}
