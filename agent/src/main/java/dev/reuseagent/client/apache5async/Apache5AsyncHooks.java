package dev.reuseagent.client.apache5async;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The boundary the Apache HttpClient 5.x async advice calls: static, JDK types only. The weaver guards each advice
 * call and counts what it throws. Until the slice has started {@code tracking} is null and every hook returns.
 */
public final class Apache5AsyncHooks {

    private static final String REQUEST_COMMAND = "org.apache.hc.core5.http.nio.command.RequestExecutionCommand";

    private static volatile Apache5AsyncTracking tracking;
    private static volatile H2Tracking h2;

    private Apache5AsyncHooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(Apache5AsyncTracking apache5AsyncTracking, H2Tracking h2Tracking) {
        tracking = apache5AsyncTracking;
        h2 = h2Tracking;
    }

    /** PoolingAsyncClientConnectionManager#connect enter: {@code endpoint} may get a new connection. */
    public static void connecting(Object manager, Object endpoint) {
        Apache5AsyncTracking t = tracking;
        if (t != null) {
            t.connecting(manager, endpoint);
        }
    }

    /** InternalConnectionEndpoint#execute enter: {@code poolEntryRef} is its AtomicReference to the pool entry. */
    public static void executing(Object poolEntryRef) {
        Apache5AsyncTracking t = tracking;
        if (t != null && poolEntryRef instanceof AtomicReference) {
            t.executing(((AtomicReference<?>) poolEntryRef).get());
        }
    }

    public static void activated(Object connection) {
        Apache5AsyncTracking t = tracking;
        if (t != null) {
            t.activated(connection);
        }
    }

    public static void passivated(Object connection) {
        Apache5AsyncTracking t = tracking;
        if (t != null) {
            t.passivated(connection);
        }
    }

    /** DefaultManagedAsyncClientConnection#submitCommand: only a request execution is an exchange. */
    public static void submitted(Object connection, Object command) {
        Apache5AsyncTracking t = tracking;
        if (t != null && command != null && command.getClass().getName().equals(REQUEST_COMMAND)) {
            t.requestSubmitted(connection);
        }
    }

    /** DefaultManagedAsyncClientConnection#close / #close(CloseMode) enter; {@code closed} is its AtomicBoolean. */
    public static void closing(Object connection, Object closed, Object mode) {
        Apache5AsyncTracking t = tracking;
        if (t != null && !(closed instanceof AtomicBoolean && ((AtomicBoolean) closed).get())) {
            t.closing(connection, mode instanceof Enum ? ((Enum<?>) mode).name() : null);
        }
    }

    /** HTTP/2-only client: InternalH2ConnPool$SessionPool#connectSession enter. */
    public static void h2Connecting(Object sessionPool) {
        H2Tracking t = h2;
        if (t != null) {
            t.connecting(sessionPool);
        }
    }

    /** HTTP/2-only client: InternalH2AsyncExecRuntime#execute enter. */
    public static void h2Executing(Object sessionRef, Object connPool) {
        H2Tracking t = h2;
        if (t != null && sessionRef instanceof AtomicReference) {
            t.executing(((AtomicReference<?>) sessionRef).get(), connPool);
        }
    }
}
