package dev.reuseagent.client.vertx;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * Vert.x 5's HTTP/1.x client connections ({@code io.vertx.core.http.impl}). Verified against vertx-core 5.0.7 (its
 * sources jar, and run in the it-tests):
 * <ul>
 * <li>{@code Http1xClientConnection(HttpVersion, HttpClientBase client, ChannelHandlerContext, boolean ssl,
 *     SocketAddress server, HostAndPort authority, ContextInternal, ClientMetrics, boolean pooled, long
 *     maxLifetime)}: a new connection, built by {@code HttpChannelConnector#http1xConnected} on the channel's event
 *     loop once the TCP connect (and the TLS handshake, {@code wrap} runs after it) is done; the pool that asked
 *     for it belongs to {@code client} (one pool per client and endpoint).</li>
 * <li>{@code Http1xClientConnection#createStream(ContextInternal)}: the pool leased this connection to one request,
 *     which asks it for its stream: called once per request ({@code HttpClientImpl#doRequest}).</li>
 * <li>{@code Http1xClientConnection$StreamImpl#handleClosed(Throwable)}: the request's stream is done, its close
 *     handler recycles the lease into the pool next ({@code null}: request and response both ended; else the
 *     connection failed or closed under it). Its {@code closed} field tells a second call apart.</li>
 * <li>{@code Http1xClientConnection#handleClosed()}: the channel closed. Its fields say why: {@code wantClose}
 *     (the last response, or request, said {@code Connection: close}, or HTTP/1.0 without keep-alive),
 *     {@code expirationTimestamp} (the keep-alive timeout, in wall-clock millis, after which the pool's cleaner
 *     evicts and closes an idle connection).</li>
 * <li>{@code HttpClientImpl#doShutdown(Completable)} and {@code #doClose(Completable)}: the application closes the
 *     client (or its Vertx): the pool's connections close next.</li>
 * <li>HTTP/2: {@code Http2ClientConnection(HttpClientBase client, ContextInternal, HostAndPort authority,
 *     VertxHttp2ConnectionHandler, ClientMetrics, boolean pooled, long maxLifetime)}, built by
 *     {@code Http2ClientConnection#createHttp2ConnectionHandler}'s connection factory on the event loop (over TLS
 *     after ALPN chose h2); {@code #createStream(ContextInternal)}: a request's stream on it, once per request;
 *     {@code Http2ConnectionBase#handleClosed()}: its channel closed (shared with the server's connections, which
 *     are not tracked). Its scheme is read from {@code ConnectionBase#isSsl()}, its channel from
 *     {@code ConnectionBase#channel()}.</li>
 * </ul>
 */
public final class VertxInstrumentation {

    static final String CONNECTION = "io.vertx.core.http.impl.Http1xClientConnection";
    static final String STREAM = CONNECTION + "$StreamImpl";
    static final String CLIENT = "io.vertx.core.http.impl.HttpClientImpl";
    static final String H2_CONNECTION = "io.vertx.core.http.impl.Http2ClientConnection";
    static final String H2_BASE = "io.vertx.core.http.impl.Http2ConnectionBase";

    private VertxInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(CONNECTION, isConstructor().and(takesArguments(10))
                        .and(takesArgument(2, "io.netty.channel.ChannelHandlerContext")), ConnectionBuiltAdvice.class),
                new Hook(CONNECTION, named("createStream").and(takesArguments(1))
                        .and(takesArgument(0, "io.vertx.core.internal.ContextInternal")), StreamCreatedAdvice.class),
                new Hook(STREAM, named("handleClosed").and(takesArguments(Throwable.class)), StreamClosedAdvice.class),
                new Hook(CONNECTION, named("handleClosed").and(takesArguments(0)), ConnectionClosedAdvice.class),
                new Hook(CLIENT, named("doShutdown").or(named("doClose")).and(takesArguments(1))
                        .and(takesArgument(0, "io.vertx.core.Completable")), ClientClosingAdvice.class),
                new Hook(H2_CONNECTION, isConstructor().and(takesArguments(7))
                        .and(takesArgument(0, "io.vertx.core.http.impl.HttpClientBase")), H2ConnectionBuiltAdvice.class),
                new Hook(H2_CONNECTION, named("createStream").and(takesArguments(1))
                        .and(takesArgument(0, "io.vertx.core.internal.ContextInternal")), H2StreamCreatedAdvice.class),
                new Hook(H2_BASE, named("handleClosed").and(takesArguments(0)), H2ConnectionClosedAdvice.class));
    }
}
