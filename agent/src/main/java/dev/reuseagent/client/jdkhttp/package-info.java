/**
 * Slice {@code jdkhttp}: {@code java.net.http.HttpClient}, HTTP/1.1 and HTTP/2. Hooks {@code jdk.internal.net.http}
 * (HttpClientImpl, ConnectionPool, HttpConnection, PlainHttpConnection, Response, AbstractAsyncSSLConnection) and
 * the SSLEngine handshakes in {@code sun.security.ssl.TransportContext}. Verified against OpenJDK 17.0.15 and
 * Temurin 25.0.3 (docs/research/jdkhttp-hooks.md).
 */
package dev.reuseagent.client.jdkhttp;
