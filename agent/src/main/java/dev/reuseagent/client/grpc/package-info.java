/**
 * Slice {@code grpc}: gRPC-Java's client channels, hooked in grpc-core ({@code io.grpc.internal}), which
 * grpc-netty-shaded does not relocate. Hooks {@code CallCredentialsApplyingTransportFactory#newClientTransport}
 * (a channel makes a transport: its address; the factory, one per channel, is the pool),
 * {@code InternalSubchannel$CallTracingTransport#newStream} (one stream per RPC attempt: the transport's first is its
 * new connection, the later ones reuse it), {@code InternalSubchannel$TransportListener#transportShutdown} (GOAWAY:
 * {@code server-closed}; the client shut the subchannel down: {@code app-closed}; else {@code unknown}) and
 * {@code ManagedChannelImpl#enterIdleMode} (the channel's connections close, {@code idle-timeout}). A transport no
 * call used is counted as this client's connect, with no connection.
 * <p>The application's line of a call that waits for a transport (the first calls of every channel do: the name
 * resolver answers on another thread) is taken on the application's thread at
 * {@code ManagedChannelImpl$RealChannel$PendingCall}'s constructor or {@code DelayedClientTransport#newStream}, and
 * carried through {@code DelayedClientCall#setCall} and {@code DelayedClientTransport$PendingStream#createRealStream}
 * to where the stream is placed.
 * <p>Reports per origin ({@code http} for plaintext, {@code https} when the transport's security level is not
 * {@code NONE}; the address as the name resolver gave it): requests (streams; a retried attempt is one more), new and
 * reused connections, reasons ({@code first-use}, {@code new-client} for a channel per call, and the recorded close
 * cause otherwise: {@code server-closed} after GOAWAY, {@code idle-timeout} after idle mode). With grpc-netty the TCP
 * connect is the {@code netty} slice's report, claimed by the transport's Netty channel (connect time, endpoint
 * attribution), and its TLS handshake (the JDK's SSLEngine) the transport layer's. With grpc-netty-shaded the same
 * hooks apply, but its relocated Netty is not the {@code netty} slice's: a native epoll connect (its default on Linux)
 * never reaches java.net and is reported here, without a connect time; a NIO one is claimed from the socket layer by
 * its {@code SocketChannel}; its TLS runs on its bundled OpenSSL (netty-tcnative): handshakes not counted.
 * <p>Verified against grpc-java 1.85.1 (class files; source read at the 1.85 development head), with grpc-netty on
 * Netty 4.2.17 (NIO) and grpc-netty-shaded (native epoll), on JDK 17 and 25.
 */
package dev.reuseagent.client.grpc;
