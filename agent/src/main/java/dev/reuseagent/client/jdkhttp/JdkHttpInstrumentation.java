package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.isStatic;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * java.net.http.HttpClient, HTTP/1.1 and HTTP/2, all in module {@code java.net.http}, package
 * {@code jdk.internal.net.http} (loaded by the platform class loader). Verified with javap against OpenJDK 17.0.15
 * and Temurin 25.0.3 (the names below are the same in both; docs/research/jdkhttp-hooks.md has the sources):
 * <ul>
 *   <li>{@code HttpClientImpl} constructor: a client and its pool (field {@code id}), and the line that built it;
 *       {@code #send}: a synchronous request starts on the calling thread.</li>
 *   <li>{@code ConnectionPool#getConnection} (3 arguments): what the HTTP/1.1 pool handed out;
 *       {@code #returnToPool(HttpConnection)}: returned idle.</li>
 *   <li>static {@code HttpConnection#getConnection} (4 arguments): the connection a request uses; not the pool's
 *       means new (HTTP/2 connections are made here too).</li>
 *   <li>{@code PlainHttpConnection} constructor (field {@code chan}) and {@code #close} (field {@code closed}):
 *       the TCP part of every connection, and every physical close.</li>
 *   <li>{@code Response} 7-argument constructor: one exchange's response head, HTTP/1.1 or one HTTP/2 stream.</li>
 *   <li>{@code AbstractAsyncSSLConnection} constructor (field {@code engine}), and in java.base
 *       {@code sun.security.ssl.TransportContext#kickstart} / {@code #finishHandshake} (fields {@code transport},
 *       {@code isNegotiated}, {@code handshakeContext}, {@code conSession}): the TLS handshake of a new connection,
 *       full or resumed, which runs through SSLEngine on the client's worker threads.</li>
 * </ul>
 * The TCP connect finishes on the client's selector thread and TLS runs through {@code SSLEngine}, so a new
 * connection is registered at its first response head, claiming its channel's connect from the transport layer.
 *
 * <p>Woven only when {@code enforce=} names jdkhttp ({@link #enforcementHooks()}), read in the JDK 17.0.15 classes
 * (javap) and the Temurin 25.0.3 sources (src.zip):
 * <ul>
 *   <li>{@code HttpClientBuilderImpl#build()} ({@code HttpClient.newHttpClient()} is {@code newBuilder().build()} in
 *       both): {@link BuildAdvice} may return a handle on a shared client instead, at entry without building a
 *       client (skipped with the handle), or at exit in place of the client it built.</li>
 *   <li>{@code HttpClientFacade#close()}, {@code #shutdown()}, {@code #shutdownNow()} (JDK 21+; each calls the same
 *       method of its {@code impl}): skipped for handles of a shared client; {@code #isTerminated()} and
 *       {@code #awaitTermination(Duration)} (21+); {@code #send} and {@code #sendAsync} (2 and 3 arguments), which
 *       delegate to {@code HttpClientImpl}, whose {@code sendAsync} copies the request on the calling thread with
 *       {@code HttpRequestImpl(HttpRequest, ProxySelector)}.</li>
 *   <li>{@code Http1Response#readBody(BodySubscriber, boolean, Executor)} (field {@code connection}): the HTTP/1.1
 *       body stream and its connection; {@code ResponseSubscribers$HttpResponseInputStream#close()} (fields
 *       {@code closed}, {@code failed}, {@code buffers}, {@code subscription}, the same in
 *       both): the drain.</li>
 * </ul>
 */
public final class JdkHttpInstrumentation {

    static final String PACKAGE = "jdk.internal.net.http.";
    static final String CLIENT = PACKAGE + "HttpClientImpl";
    static final String POOL = PACKAGE + "ConnectionPool";
    static final String CONNECTION = PACKAGE + "HttpConnection";
    static final String PLAIN_CONNECTION = PACKAGE + "PlainHttpConnection";
    static final String RESPONSE = PACKAGE + "Response";
    static final String TLS_CONNECTION = PACKAGE + "AbstractAsyncSSLConnection";
    static final String BUILDER = PACKAGE + "HttpClientBuilderImpl";
    static final String FACADE = PACKAGE + "HttpClientFacade";
    static final String REQUEST = PACKAGE + "HttpRequestImpl";
    static final String HTTP1_RESPONSE = PACKAGE + "Http1Response";
    static final String BODY_STREAM = PACKAGE + "ResponseSubscribers$HttpResponseInputStream";
    /** java.base: one choke point for every SSLEngine handshake (its socket twin is hooked in transport/). */
    static final String TLS_CONTEXT = "sun.security.ssl.TransportContext";

    private JdkHttpInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(CLIENT, isConstructor().and(takesArguments(2)), ClientCreatedAdvice.class),
                new Hook(CLIENT, named("send").and(takesArguments(2)), SendAdvice.class),
                new Hook(POOL, named("getConnection").and(takesArguments(3)),
                        PoolLookupAdvice.class),
                new Hook(POOL, named("returnToPool").and(takesArguments(1)),
                        ReturnToPoolAdvice.class),
                new Hook(CONNECTION, named("getConnection").and(isStatic()).and(takesArguments(4)),
                        ConnectionChosenAdvice.class),
                new Hook(PLAIN_CONNECTION, isConstructor(), PlainCreatedAdvice.class),
                new Hook(PLAIN_CONNECTION, named("close"), PlainCloseAdvice.class),
                new Hook(RESPONSE, isConstructor().and(takesArguments(7)), ResponseAdvice.class),
                new Hook(TLS_CONNECTION, isConstructor(), EngineCreatedAdvice.class),
                new Hook(TLS_CONTEXT, named("kickstart").and(takesArguments(0)), EngineHandshakeStartAdvice.class),
                new Hook(TLS_CONTEXT, named("finishHandshake").and(takesArguments(0)),
                        EngineHandshakeDoneAdvice.class));
    }

    /** The repairs' hooks: only when enforcing. */
    public static List<Hook> enforcementHooks() {
        return List.of(
                new Hook(BUILDER, named("build").and(takesArguments(0)), BuildAdvice.class),
                // JDK 21+ only: on 17 there are no such methods, and nothing to repair in them
                new Hook(FACADE, named("close").and(takesArguments(0)), ClientCloseAdvice.class).optional(),
                new Hook(FACADE, named("shutdown").and(takesArguments(0)), ClientShutdownAdvice.class).optional(),
                new Hook(FACADE, named("shutdownNow").and(takesArguments(0)), ClientShutdownNowAdvice.class)
                        .optional(),
                new Hook(FACADE, named("isTerminated").and(takesArguments(0))
                        .or(named("awaitTermination").and(takesArguments(1))), TerminationAdvice.class).optional(),
                new Hook(FACADE, named("send").and(takesArguments(2)), ClientSendAdvice.class),
                new Hook(FACADE, named("sendAsync"), ClientSendAsyncAdvice.class),
                new Hook(REQUEST, isConstructor().and(takesArguments(2))
                        .and(takesArgument(0, "java.net.http.HttpRequest")), RequestCreatedAdvice.class),
                new Hook(HTTP1_RESPONSE, named("readBody").and(takesArguments(3)), ReadBodyAdvice.class),
                new Hook(BODY_STREAM, named("close").and(takesArguments(0)), BodyCloseAdvice.class));
    }
}
