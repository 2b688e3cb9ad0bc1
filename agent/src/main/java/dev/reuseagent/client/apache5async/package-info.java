/**
 * Apache HttpClient 5.x async ({@code HttpAsyncClients.createDefault()/custom()}, {@code CloseableHttpAsyncClient})
 * over {@code PoolingAsyncClientConnectionManager}, HTTP/1.1 and HTTP/2 (ALPN over TLS, or prior knowledge over
 * cleartext with {@code HttpVersionPolicy.FORCE_HTTP_2}); client name {@code apache5-async}. Verified against
 * httpclient5 5.5.1 with httpcore5 5.3.6 and httpcore5-h2 5.3.6, and httpclient5 5.6.5 with httpcore5 and
 * httpcore5-h2 5.4.4 (the same hooks; shared client over HTTP/1.1, http and https, and HTTP/2, HTTP/2-only client
 * and client per request over https it-tested); hook points in
 * {@link dev.reuseagent.client.apache5async.Apache5AsyncInstrumentation}.
 *
 * <p>Reported per origin: requests (each request handed to a connection; on HTTP/2 each stream), new and reused
 * connections, reasons, close causes, the application line that called {@code execute} (remembered on that
 * thread: the TCP connect runs on an I/O reactor thread, where it is claimed by its SocketChannel); TLS full or
 * resumed per connection, from the transport layer's SSLEngine hooks. The HTTP/2-only client
 * ({@code HttpAsyncClients.customHttp2()}, {@code createHttp2Default()}: its own session pool) is reported by
 * {@link dev.reuseagent.client.apache5async.H2Tracking}, without close causes; the minimal client
 * ({@code HttpAsyncClients.createMinimal(...)}) runs over the pooling manager and is covered. Not reported: lease
 * waits at the pool's limit; connections opened before the agent attached; {@code createHttp2Minimal()}, whose
 * connects stay {@code unknown}.
 */
package dev.reuseagent.client.apache5async;
