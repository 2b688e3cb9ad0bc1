/**
 * Slice {@code vertx}: Vert.x 5's HTTP client ({@code HttpClient}, and the WebClient on it) over its connection pool,
 * HTTP/1.x and HTTP/2. Hooks {@code io.vertx.core.http.impl.Http1xClientConnection} (its constructor: a new connection, built
 * on the event loop after the connect and TLS handshake; {@code createStream(ContextInternal)}: one request leased
 * it; {@code handleClosed()}: its channel closed), {@code Http1xClientConnection$StreamImpl#handleClosed(Throwable)}
 * (the request's stream is done: the lease goes back to the pool) and {@code HttpClientImpl#doShutdown} /
 * {@code #doClose} (the application closes the client). Reports per origin: requests (one per lease), new and
 * reused connections, reasons ({@code first-use}; {@code new-client} for a client, WebClient or Vertx per request:
 * each {@code HttpClientImpl} is its own pool; {@code pool-busy}; and the recorded close cause otherwise) and close
 * causes ({@code server-closed} after a response or request with {@code Connection: close} or HTTP/1.0 without
 * keep-alive, {@code app-closed} when the client is closed, {@code idle-timeout} for a connection closed past its
 * keep-alive timeout, by the pool's cleaner, {@code unknown} otherwise, e.g. the server closing an idle
 * connection). The TCP connect is the {@code netty} slice's report (Vert.x builds its channels on the event loop;
 * the netty slice carries the application line there from the thread that sent the request, through
 * {@code NetClientImpl#connectInternal}), claimed here by channel, with its connect time and TLS handshake.
 * HTTP/2 (h2 by ALPN, h2c with prior knowledge): hooks {@code Http2ClientConnection}'s constructor and
 * {@code createStream(ContextInternal)}, and {@code Http2ConnectionBase#handleClosed()}: one connection, many streams,
 * each request counted when its stream opens (the first new, the rest reused), close causes {@code app-closed} or
 * {@code unknown}. Over plain HTTP Vert.x builds the connection inside its own listener on the connect's promise,
 * before the netty slice's listener reports the connect: such a connection is opened in the tracker when its first
 * request's stream ends (HTTP/2: at a later stream, or at its close). Not covered: h2c by upgrade
 * ({@code Http2UpgradeClientConnection}), HTTP/2 idle timeouts and GOAWAY ({@code unknown}), a connection's
 * {@code maxLifetime} eviction ({@code unknown}), lease waits.
 * Verified against vertx-core 5.0.7 (sources jar) with vertx-web-client 5.0.7 on Netty 4.2.9, http and https (the
 * JDK's SSLEngine); Vert.x 4 not checked.
 */
package dev.reuseagent.client.vertx;
