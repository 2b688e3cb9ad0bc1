package dev.reuseagent.client.jetty;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * Jetty HttpClient's connection pool, its HTTP/1.1 connection and its HTTP/2 channel. Verified against jetty-client 12.1.14 (class
 * files with javap, and run in the it-tests); other 12.x versions not checked:
 * <ul>
 * <li>{@code transport.HttpDestination#newConnection(Promise)}: the pool (its {@code tryCreate}) asks for a new
 *     connection, usually on the application's thread inside {@code Request#send}: the site and the miss. The
 *     promise is the pool's {@code FutureConnection}.</li>
 * <li>{@code AbstractConnectionPool$FutureConnection#succeeded(Connection)}: the connection exists (its TCP
 *     connect done, on a selector thread) and enters the pool.</li>
 * <li>{@code AbstractConnectionPool#acquire(boolean)} exit: the connection handed to an exchange (Duplex,
 *     Multiplex, RoundRobin and Random pools share it); the first time, a new connection.</li>
 * <li>{@code AbstractConnectionPool#release(Connection)}: back in the pool, idle.</li>
 * <li>{@code AbstractConnectionPool#onRemoved(Connection)}: out of the pool, on every close path (a close,
 *     an expired or over-used connection, the pool stopped with its client).</li>
 * <li>{@code transport.internal.HttpChannelOverHTTP#exchangeTerminated(HttpExchange, Result)}: one HTTP/1.1
 *     exchange ended; Jetty decides here to release the connection or close it (failure, {@code Connection:
 *     close}, HTTP/1.0, the server's or the client's shutdown).</li>
 * <li>{@code transport.internal.HttpConnectionOverHTTP(EndPoint, HttpDestination, Promise)}: built on its end
 *     point, before a TLS handshake begins: its {@code SSLEngine} is named to the transport layer with its
 *     channel, so the handshake (on another thread than the connect) is counted on this connection's connect.</li>
 * <li>{@code transport.internal.HttpConnectionOverHTTP#onIdleExpired(TimeoutException)}: the client's idle
 *     timeout closes the connection.</li>
 * <li>{@code org.eclipse.jetty.http2.client.transport.internal.HttpChannelOverHTTP2#exchangeTerminated(HttpExchange,
 *     Result)} (jetty-http2-client-transport 12.1.14, optional): one HTTP/2 stream ended on its
 *     {@code HttpConnectionOverHTTP2}, the object the multiplexed pool holds.</li>
 * </ul>
 */
public final class JettyInstrumentation {

    static final String DESTINATION = "org.eclipse.jetty.client.transport.HttpDestination";
    static final String POOL = "org.eclipse.jetty.client.AbstractConnectionPool";
    static final String FUTURE_CONNECTION = "org.eclipse.jetty.client.AbstractConnectionPool$FutureConnection";
    static final String CHANNEL_HTTP1 = "org.eclipse.jetty.client.transport.internal.HttpChannelOverHTTP";
    static final String CONNECTION_HTTP1 = "org.eclipse.jetty.client.transport.internal.HttpConnectionOverHTTP";
    static final String CHANNEL_HTTP2 = "org.eclipse.jetty.http2.client.transport.internal.HttpChannelOverHTTP2";

    private static final String CONNECTION = "org.eclipse.jetty.client.Connection";

    private JettyInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(DESTINATION, named("newConnection").and(takesArguments(1))
                        .and(takesArgument(0, "org.eclipse.jetty.util.Promise")), NewConnectionAdvice.class),
                new Hook(FUTURE_CONNECTION, named("succeeded").and(takesArgument(0, CONNECTION)),
                        ConnectionCreatedAdvice.class),
                new Hook(POOL, named("acquire").and(takesArguments(1)), AcquireAdvice.class),
                new Hook(POOL, named("release").and(takesArgument(0, CONNECTION)), ReleaseAdvice.class),
                new Hook(POOL, named("onRemoved").and(takesArgument(0, CONNECTION)), RemovedAdvice.class),
                new Hook(CHANNEL_HTTP1, named("exchangeTerminated").and(takesArguments(2)),
                        ExchangeTerminatedAdvice.class),
                new Hook(CONNECTION_HTTP1, isConstructor().and(takesArguments(3)), ConnectionBuiltAdvice.class),
                new Hook(CONNECTION_HTTP1, named("onIdleExpired").and(takesArguments(1)), IdleExpiredAdvice.class),
                // HTTP/2 is a jar of its own (jetty-http2-client-transport): where it is absent nothing needs it
                new Hook(CHANNEL_HTTP2, named("exchangeTerminated").and(takesArguments(2)),
                        ExchangeTerminatedAdvice.class).optional());
    }
}
