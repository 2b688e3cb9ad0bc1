/**
 * Slice {@code reactor-netty}: Reactor Netty 1.3's HTTP client over its pooled {@code ConnectionProvider} (Spring's
 * WebClient and RestClient on Reactor run on it). Hooks {@code PooledConnectionProvider#acquire} (the origin, on the
 * thread that subscribed the request), {@code DefaultPooledConnectionProvider$DisposableAcquire} (its constructors and
 * {@code run()}: the pool handed out a connection, new at its first hand-out, else reused),
 * {@code PooledConnectionAllocator$PooledConnectionInitializer} (the pool's miss, and the channel it allocates) and
 * {@code DefaultPooledConnectionProvider$PooledConnection#onStateChange} (released, or closed when not persistent), and
 * listens to each pooled channel's {@code closeFuture()}. Reports per origin: requests (one per hand-out), new and
 * reused connections, reasons ({@code first-use}, {@code new-client} for a provider per request, {@code pool-busy}, and
 * the recorded close cause otherwise) and close causes ({@code server-closed} for a response that was not keep-alive,
 * {@code app-closed} when the provider was disposed; for a connection idle in the pool, {@code idle-timeout} when
 * reactor-pool's {@code AbstractPool#destroyPoolable} destroys it while its channel is open: the pool's
 * {@code maxIdleTime}, {@code maxLifeTime} or eviction predicate, and {@code stale} when it closes with nothing
 * decided: the server closed it; {@code unknown} otherwise). The TCP connect is the {@code netty} slice's report,
 * claimed by channel, with its connect time and the application line that built the channel; a TLS handshake the
 * transport layer pairs with that channel belongs to the connection, whose first exchange (so its announcement) is
 * counted when its request is done, after the handshake. {@code HttpClient.newConnection()} (no pool:
 * {@code NewConnectionProvider}, hooked at its {@code acquire} and its {@code NewConnectionObserver}) is a connection
 * per request, each its own pool ({@code new-client}), closed by the provider after it ({@code app-closed}). HTTP/2 (a
 * config whose protocols include {@code H2}, over TLS by ALPN, or {@code H2C}, prior knowledge): its requests go to
 * {@code Http2ConnectionProvider} (reactor-netty-http), a {@code PooledConnectionProvider} whose {@code Http2Pool}
 * takes its TCP connections from the provider under it (that acquire is not a request); hooked at
 * {@code Http2ConnectionProvider$DisposableAcquire} (constructors: the origin; {@code onNext(PooledRef)}: the pool gave
 * the request a place on a connection, one stream). One connection, many streams: the connection's first stream is its
 * new connection, every later one a reuse, and it is open to the next stream at once. Not covered: a request
 * re-acquired because its connection was at its stream limit ({@code DisposableAcquire#operationComplete}: Netty cannot
 * open the stream; only after a {@code SETTINGS} lowering the limit or a {@code GOAWAY} since the pool's hand-out, as
 * the pool follows the server's limit through {@code H2MaxConcurrentStreamsHandler}) counts twice; h2c by upgrade and
 * ALPN falling back to HTTP/1.1 are tracked on the same path, untested.
 * Verified against Reactor Netty 1.3.7 (class files; source read at v1.3.6), on Netty 4.2 NIO and native epoll.
 */
package dev.reuseagent.client.reactornetty;
