/**
 * Transport truth, for every client and none: each outbound TCP connect ({@code java.net.Socket#connect},
 * {@code sun.nio.ch.SocketChannelImpl} connect/blockingConnect/finishConnect) per endpoint, and each TLS client
 * handshake on an {@code SSLSocket} and (*added*) on the JDK's {@code SSLEngine} ({@code sun.security.ssl.SSLEngineImpl}
 * {@code beginHandshake}, six-argument {@code wrap}/{@code unwrap}: {@link dev.reuseagent.transport.EngineTls}). Client slices claim the connects they caused; the rest stay {@code unknown}.
 * Verified against OpenJDK 17.0.15 and Temurin 25.0.3.
 */
package dev.reuseagent.transport;
