/**
 * Slice {@code jetty}: Jetty's {@code HttpClient} 12.1 over HTTP/1.1 (its default transport). Hooks the connection
 * pool ({@code AbstractConnectionPool}: acquire, release, removal; its {@code FutureConnection}: a new connection
 * exists), {@code HttpDestination#newConnection} (the pool missed: site and miss time, on the application's thread)
 * and the HTTP/1.1 channel's {@code exchangeTerminated} (one request, and why Jetty closes the connection after
 * it), plus the connection's idle timeout. Each new connection claims its TCP connect (made by the selector) by its
 * {@code SocketChannel}. Not covered: HTTP/2 and HTTP/3 transports (their connects stay transport-only, client
 * {@code unknown}), connections a pool accepts without asking ({@code HttpDestination#accept}). Verified against
 * jetty-client 12.1.14 (class files, and the it-tests); other versions not checked.
 */
package dev.reuseagent.client.jetty;
