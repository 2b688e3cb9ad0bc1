/**
 * Slice {@code jdkhttp}: {@code java.net.http.HttpClient}, HTTP/1.1 and HTTP/2. Hooks {@code jdk.internal.net.http}
 * (HttpClientImpl, ConnectionPool, HttpConnection, PlainHttpConnection, Response, AbstractAsyncSSLConnection) and
 * the SSLEngine handshakes in {@code sun.security.ssl.TransportContext}. Verified against OpenJDK 17.0.15 and
 * Temurin 25.0.3 (docs/research/jdkhttp-hooks.md).
 *
 * <p>With {@code enforce=jdkhttp} (and only then: the slice's context has an enforcement, and
 * {@link dev.reuseagent.client.jdkhttp.JdkHttpInstrumentation#enforcementHooks()} are woven) two repairs run:
 * <ul>
 *   <li>{@code shared-client} ({@link dev.reuseagent.client.jdkhttp.JdkHttpSharing}): {@code build()} of a builder
 *       whose every setting equals an earlier one's ({@link dev.reuseagent.client.jdkhttp.ClientConfig}) returns a
 *       new facade over that earlier client, so all of them share one connection pool; {@code close()},
 *       {@code shutdown()} and {@code shutdownNow()} (JDK 21+) of such a client are ignored
 *       ({@code shared-client-close}) until every caller has stopped it. At most 64 configurations
 *       ({@link dev.reuseagent.client.jdkhttp.SharedClients}).</li>
 *   <li>{@code drain} ({@link dev.reuseagent.client.jdkhttp.JdkHttpDrain}): an HTTP/1.1
 *       {@code BodyHandlers.ofInputStream()} stream closed before its end is read to its end first, within
 *       {@code enforceDrain}, so the JDK pools its connection instead of closing it.</li>
 * </ul>
 * The internals they touch are reached by reflection once {@code jdk.internal.net.http} is opened to the agent
 * ({@link dev.reuseagent.client.jdkhttp.JdkHttpInternals}); what they do and do not do is in
 * {@code docs/enforce-jdkhttp.md}.
 */
package dev.reuseagent.client.jdkhttp;
