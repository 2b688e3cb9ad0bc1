package dev.reuseagent.client.grpc;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.report.ClientHints;
import dev.reuseagent.weave.Hook;

import java.util.List;

/**
 * gRPC-Java's client channels ({@code io.grpc.ManagedChannel}), hooked in grpc-core ({@code io.grpc.internal}), so
 * the same hooks serve grpc-netty and grpc-netty-shaded: RPC calls, new and reused transports (connections) per
 * origin, reasons and close causes. With grpc-netty the TCP connect is the {@code netty} slice's report, claimed
 * here. Nothing to enforce.
 */
public final class GrpcSlice extends ClientSlice {

    public static final String NAME = "grpc";

    public GrpcSlice() {
        super(NAME, null, List.of("io.grpc."),
                List.of(GrpcInstrumentation.FACTORY, GrpcInstrumentation.TRACING_TRANSPORT,
                        GrpcInstrumentation.TRANSPORT_LISTENER, GrpcInstrumentation.DELAYED_TRANSPORT,
                        GrpcInstrumentation.PENDING_STREAM, GrpcInstrumentation.DELAYED_CALL,
                        GrpcInstrumentation.PENDING_CALL, GrpcInstrumentation.CHANNEL));
    }

    @Override
    public List<Hook> hooks() {
        return GrpcInstrumentation.hooks();
    }

    @Override
    public ClientHints hints() {
        return new GrpcHints();
    }

    @Override
    public void start(SliceContext context) {
        GrpcHooks.install(new GrpcTracking(context.connections(), context.transport()));
    }
}
