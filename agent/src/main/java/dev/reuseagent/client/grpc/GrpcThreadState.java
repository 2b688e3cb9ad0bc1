package dev.reuseagent.client.grpc;

/**
 * What the gRPC hooks keep per thread: the application line carried to this thread for the delayed call or stream
 * it runs now (set on entering {@code setCall} or {@code createRealStream}, restored on leaving).
 */
final class GrpcThreadState {

    private static final ThreadLocal<GrpcThreadState> CURRENT = new ThreadLocal<>() {
        @Override
        protected GrpcThreadState initialValue() {
            return new GrpcThreadState();
        }
    };

    static GrpcThreadState current() {
        return CURRENT.get();
    }

    /** The application line of the delayed call or stream this thread runs now, or null. */
    String carriedSite;

    private GrpcThreadState() {
    }
}
