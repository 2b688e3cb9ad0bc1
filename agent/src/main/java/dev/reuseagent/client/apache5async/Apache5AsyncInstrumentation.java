package dev.reuseagent.client.apache5async;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * Apache HttpClient 5.x, async API, over {@code PoolingAsyncClientConnectionManager}. Verified against
 * httpclient5 5.5.1 with httpcore5 5.3.6 (the sources at tags rel/v5.5.1 and rel/v5.3.6, and the it-tests), and
 * httpclient5 5.6.5 with httpcore5 / httpcore5-h2 5.4.4 ({@code javap -p}: every hooked method and every field read
 * by reflection unchanged; the core it-tests, client-libs/apache5-6). {@code InternalH2ConnPool} exists since 5.2:
 * with an older httpclient5 the slice stands down (its connects are {@code unknown}).
 *
 * <ul>
 *   <li>{@code o.a.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager#connect(AsyncConnectionEndpoint,
 *       ConnectionInitiator, Timeout, Object, HttpContext, FutureCallback)} enter: the lease found no connected
 *       connection, a new one is made for the endpoint's pool entry (field {@code poolEntryRef} of
 *       {@code $InternalConnectionEndpoint}); on the thread that called {@code execute} when the pool had room.</li>
 *   <li>{@code PoolingAsyncClientConnectionManager$InternalConnectionEndpoint#execute(String,
 *       AsyncClientExchangeHandler, HandlerFactory, HttpContext)} enter (field {@code poolEntryRef}): a request goes
 *       out on the entry; after a connect (on an I/O reactor thread, past the TCP connect and TLS handshake) the
 *       entry holds the new connection, whose SocketChannel is claimed from the transport layer. Only classes the
 *       async client alone loads are hooked, so a classic-only application never starts this slice.</li>
 *   <li>{@code o.a.hc.client5.http.impl.nio.DefaultManagedAsyncClientConnection} (the connection): {@code activate()}
 *       (leased again: reused), {@code passivate()} (released to the pool), {@code submitCommand(Command,
 *       Command.Priority)} with a {@code RequestExecutionCommand} (one request handed to the connection; an HTTP/2
 *       stream), {@code close()} and {@code close(CloseMode)} (field {@code closed}).</li>
 * </ul>
 * The HTTP/2-only client ({@code HttpAsyncClients.customHttp2()}, {@code createHttp2Default()}: its own session
 * pool, {@code InternalH2ConnPool}), {@link H2Tracking}:
 * <ul>
 *   <li>{@code o.a.hc.client5.http.impl.async.InternalH2ConnPool$SessionPool#connectSession(HttpRoute, Timeout,
 *       FutureCallback)} enter: the pool connects a new session (the TCP connect and TLS follow on an I/O thread);
 *       on the thread that asked for a session, where the application's line is taken.</li>
 *   <li>{@code o.a.hc.client5.http.impl.async.InternalH2AsyncExecRuntime#execute(String,
 *       AsyncClientExchangeHandler, HttpClientContext)} enter:
 *       one stream on the {@code IOSession} of {@code sessionRef}'s {@code Endpoint} (fields {@code route},
 *       {@code session}), from the pool {@code connPool}; a session seen for the first time is a new connection.</li>
 * </ul>
 * Not hooked: the {@code StrictConnPool}/{@code LaxConnPool} lease (the classic slice owns those classes), so lease
 * waits at the pool's limit are not reported; the close of an HTTP/2-only client's session (no close causes there);
 * {@code createHttp2Minimal()} ({@code MinimalH2AsyncClient}), whose connects stay {@code unknown}.
 * {@code HttpAsyncClients.createMinimal(...)} uses the pooling manager and its endpoint, so the hooks above
 * (it-tested).
 */
public final class Apache5AsyncInstrumentation {

    static final String MANAGER = "org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager";
    static final String ENDPOINT = MANAGER + "$InternalConnectionEndpoint";
    static final String CONNECTION = "org.apache.hc.client5.http.impl.nio.DefaultManagedAsyncClientConnection";
    static final String H2_RUNTIME = "org.apache.hc.client5.http.impl.async.InternalH2AsyncExecRuntime";
    static final String H2_SESSION_POOL = "org.apache.hc.client5.http.impl.async.InternalH2ConnPool$SessionPool";

    private Apache5AsyncInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(MANAGER, named("connect").and(takesArguments(6)), ConnectAdvice.class),
                new Hook(ENDPOINT, named("execute").and(takesArguments(4)), EndpointExecuteAdvice.class),
                new Hook(CONNECTION, named("activate").and(takesArguments(0)), ActivateAdvice.class),
                new Hook(CONNECTION, named("passivate").and(takesArguments(0)), PassivateAdvice.class),
                new Hook(CONNECTION, named("submitCommand").and(takesArguments(2))
                        .and(takesArgument(0, "org.apache.hc.core5.reactor.Command")), SubmitAdvice.class),
                new Hook(CONNECTION, named("close").and(takesArguments(0)), CloseAdvice.class),
                new Hook(CONNECTION, named("close").and(takesArguments(1)), CloseModeAdvice.class),
                new Hook(H2_SESSION_POOL, named("connectSession").and(takesArguments(3)), H2ConnectSessionAdvice.class),
                new Hook(H2_RUNTIME, named("execute").and(takesArguments(3)), H2ExecuteAdvice.class));
    }
}
