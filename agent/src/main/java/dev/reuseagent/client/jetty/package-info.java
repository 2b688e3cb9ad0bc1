/**
 * Slice {@code jetty}: Jetty's {@code HttpClient} 12.1 over HTTP/1.1 (its default transport) and HTTP/2 (its
 * {@code HttpChannelOverHTTP2}, when jetty-http2-client-transport is there: an optional hook). Hooks the connection
 * pool ({@code AbstractConnectionPool}: acquire, release, removal; its {@code FutureConnection}: a new connection
 * exists), {@code HttpDestination#newConnection} (the pool missed: site and miss time, on the application's thread)
 * and the HTTP/1.1 channel's {@code exchangeTerminated} (one request, and why Jetty closes the connection after
 * it), plus the connection's idle timeout. Each new connection claims its TCP connect (made by the selector) by its
 * {@code SocketChannel} (HTTP/2: its session's); an HTTP/1.1 connection's {@code SSLEngine} is named to the
 * transport layer with that channel as the connection is built, so its handshake counts on the connection. A
 * TLS handshake that fails ends the connection's first exchange (Jetty hands the connection to it before the
 * handshake, which runs as the exchange writes): an {@code SSLException} in that exchange's {@code Result#getFailure}
 * causes, before any handshake finished on it, makes it a failed connection, not a new one (also when the failure
 * removes it from the pool before the exchange ends). Not covered: a failed handshake of an HTTP/2 connection (built
 * after ALPN, so none exists: its connect stays {@code unknown}), the HTTP/3 transport (its connects stay
 * transport-only, client {@code unknown}), connections a pool accepts without asking
 * ({@code HttpDestination#accept}), h2c untested. Verified against jetty-client and jetty-http2-client-transport
 * 12.1.14 (class files, and the it-tests: HTTP/1.1 over http and https, h2 over TLS); other versions not checked.
 */
package dev.reuseagent.client.jetty;
