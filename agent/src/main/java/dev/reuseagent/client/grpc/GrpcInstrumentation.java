package dev.reuseagent.client.grpc;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * gRPC-Java's channel internals in grpc-core ({@code io.grpc.internal}, never relocated: grpc-netty-shaded relocates
 * Netty and grpc-netty only). Verified against grpc-java 1.85.1 (class files; source read at the 1.85 development
 * head):
 * <ul>
 * <li>{@code CallCredentialsApplyingTransportFactory#newClientTransport(SocketAddress, ClientTransportOptions,
 *     ChannelLogger)}: {@code ManagedChannelImpl} wraps its transport factory in one of these (one per channel: the
 *     pool); {@code InternalSubchannel#startNewTransport} calls it for each new transport (connection) with the
 *     address the name resolver gave, and wraps what it returns in an {@code InternalSubchannel$CallTracingTransport}
 *     (its {@code delegate}).</li>
 * <li>{@code InternalSubchannel$CallTracingTransport#newStream(MethodDescriptor, Metadata, CallOptions,
 *     ClientStreamTracer[])}: every stream (one RPC attempt) placed on a real transport, directly or from the delayed
 *     transport. The first is the transport's new connection, the others reuse it.</li>
 * <li>{@code InternalSubchannel$TransportListener#transportShutdown(Status, DisconnectError)}: the transport takes
 *     no new streams ({@code GoAwayDisconnectError}: the server sent GOAWAY).</li>
 * <li>{@code ManagedChannelImpl#enterIdleMode()}: a channel idle for its {@code idleTimeout} drops its load balancer;
 *     its subchannels shut their transports down (5 s later, or at the channel's shutdown), and its next call gets
 *     a new one. Its {@code transportFactory} is the pool.</li>
 * <li>The application's line, for calls that wait for a transport: {@code ManagedChannelImpl$RealChannel$PendingCall}'s
 *     constructor (a call made before the name resolver answered, on the application's thread),
 *     {@code DelayedClientCall#setCall(ClientCall)} that later starts its real call on another thread (the
 *     resolver's, in the channel's synchronization context) when the application had started it already,
 *     {@code DelayedClientTransport#newStream} (a stream queued until a transport is ready) and
 *     {@code DelayedClientTransport$PendingStream#createRealStream(ClientTransport, String)} (placing it on the
 *     transport, on another thread).</li>
 * </ul>
 */
public final class GrpcInstrumentation {

    static final String FACTORY = "io.grpc.internal.CallCredentialsApplyingTransportFactory";
    static final String TRACING_TRANSPORT = "io.grpc.internal.InternalSubchannel$CallTracingTransport";
    static final String TRANSPORT_LISTENER = "io.grpc.internal.InternalSubchannel$TransportListener";
    static final String DELAYED_TRANSPORT = "io.grpc.internal.DelayedClientTransport";
    static final String PENDING_STREAM = DELAYED_TRANSPORT + "$PendingStream";
    static final String DELAYED_CALL = "io.grpc.internal.DelayedClientCall";
    static final String CHANNEL = "io.grpc.internal.ManagedChannelImpl";
    static final String PENDING_CALL = CHANNEL + "$RealChannel$PendingCall";

    private GrpcInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(FACTORY, named("newClientTransport").and(takesArguments(3)), TransportCreatedAdvice.class),
                new Hook(TRACING_TRANSPORT, named("newStream").and(takesArguments(4)), StreamAdvice.class),
                new Hook(TRANSPORT_LISTENER, named("transportShutdown").and(takesArguments(2)),
                        TransportShutdownAdvice.class),
                new Hook(CHANNEL, named("enterIdleMode").and(takesArguments(0)), ChannelIdleAdvice.class),
                new Hook(PENDING_CALL, isConstructor(), PendingCallAdvice.class),
                new Hook(DELAYED_CALL, named("setCall").and(takesArguments(1)), SetCallAdvice.class),
                new Hook(DELAYED_TRANSPORT, named("newStream").and(takesArguments(4)), DelayedStreamAdvice.class),
                new Hook(PENDING_STREAM, named("createRealStream").and(takesArguments(2)), RealStreamAdvice.class));
    }
}
