package dev.reuseagent.client.grpc;

/**
 * The boundary the gRPC advice calls. Every hook is static and takes JDK types only (gRPC's types are passed as
 * {@code Object} and reached reflectively: the agent lives on the boot class path). A hook never handles errors
 * itself: the weaver guards each advice call and counts what it throws. Until the slice has started
 * {@code tracking} is null and every hook returns at once.
 */
public final class GrpcHooks {

    private static volatile GrpcTracking tracking;

    private GrpcHooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(GrpcTracking grpcTracking) {
        tracking = grpcTracking;
    }

    public static void transportCreated(Object factory, Object address, Object transport) {
        GrpcTracking t = tracking;
        if (t != null) {
            t.transportCreated(factory, address, transport);
        }
    }

    public static void streamStarting(Object transport, Object delegate) {
        GrpcTracking t = tracking;
        if (t != null) {
            t.streamStarting(GrpcThreadState.current(), transport, delegate);
        }
    }

    public static void transportShutdown(Object transport, Object error) {
        GrpcTracking t = tracking;
        if (t != null) {
            t.transportShutdown(transport, error);
        }
    }

    public static void channelIdle(Object factory) {
        GrpcTracking t = tracking;
        if (t != null && factory != null) {
            t.channelIdle(factory);
        }
    }

    public static void callDelayed(Object call) {
        GrpcTracking t = tracking;
        if (t != null) {
            t.delayed(GrpcThreadState.current(), call);
        }
    }

    public static void streamDelayed(Object stream) {
        GrpcTracking t = tracking;
        if (t != null && stream != null && stream.getClass().getName().endsWith("$PendingStream")) {
            t.delayed(GrpcThreadState.current(), stream);
        }
    }

    /** @return what {@link #carried} restores: the line carried before, or this thread's state if none */
    public static Object carrying(Object delayed) {
        GrpcTracking t = tracking;
        return t == null ? null : t.carrying(GrpcThreadState.current(), delayed);
    }

    public static void carried(Object before) {
        if (before != null) {
            GrpcThreadState.current().carriedSite = before instanceof String ? (String) before : null;
        }
    }
}
