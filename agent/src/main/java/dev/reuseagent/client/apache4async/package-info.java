/**
 * Slice {@code apache4-async}: Apache HttpAsyncClient 4.1 (Elasticsearch's RestClient underneath) with its
 * {@code PoolingNHttpClientConnectionManager}. Per origin: requests, new vs reused connections (lease and release
 * over httpcore-nio's {@code AbstractNIOConnPool}), reasons, close causes, the SocketChannel connect the transport
 * layer counted on the I/O reactor thread (claimed by channel), and the application line that called
 * {@code execute} (taken on that thread when the pool misses, or when the request queues at the pool's limit: kept
 * by the lease's callback for the connection an I/O thread opens for it later); TLS per connection (the transport
 * layer's SSLEngine hooks count the handshake, the {@code SSLIOSession} constructor names its channel). No lease
 * waits, pipelined exchanges or proxies; {@code body-not-consumed} is not inferred (a connection is held by its lease, not
 * by a thread). Hooks only httpasyncclient and httpcore-nio classes,
 * so the {@code apache4} slice applies beside it. Hook points in {@link
 * dev.reuseagent.client.apache4async.Apache4AsyncInstrumentation}; verified against httpasyncclient 4.1.5 with
 * httpcore-nio 4.4.15 and httpclient 4.5.13.
 */
package dev.reuseagent.client.apache4async;
