package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache.ApacheThreadState;

import java.util.concurrent.TimeoutException;

/**
 * The boundary the advice of Apache HttpClient 4's legacy API calls ({@link Apache4LegacyInstrumentation}). Static
 * hooks with JDK types only; the weaver guards each advice call. They share the modern hooks' thread state
 * ({@link Apache4Hooks#state()}): the request executor, the reuse strategies and httpcore's pool are the same
 * classes in both APIs, and their hooks count the legacy exchanges too. Until the slice has started
 * {@code tracking} is null and every hook returns at once.
 */
public final class Apache4LegacyHooks {

    private static volatile Apache4LegacyTracking tracking;

    private Apache4LegacyHooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(Apache4LegacyTracking legacyTracking) {
        tracking = legacyTracking;
    }

    /** A legacy manager (or its pool) starts leasing {@code route}. */
    public static void leaseEnter(Object pool, Object route) {
        Apache4LegacyTracking t = tracking;
        if (t != null) {
            t.leaseStarting(Apache4Hooks.state(), LegacyLease.current(), pool, route);
        }
    }

    /** The lease returned {@code handle} (a managed connection or a pool entry), or threw. */
    public static void leaseExit(Object handle, Throwable thrown) throws ReflectiveOperationException {
        Apache4LegacyTracking t = tracking;
        if (t != null) {
            t.leaseEnded(Apache4Hooks.state(), LegacyLease.current(), LegacyConnections.of(handle),
                    isTimeout(thrown));
        }
    }

    /** DefaultClientConnection#openCompleted returned: the connection is established. */
    public static void opened(Object connection) {
        Apache4LegacyTracking t = tracking;
        if (t != null) {
            t.opened(Apache4Hooks.state(), LegacyLease.current(), connection);
        }
    }

    /** DefaultClientConnection#receiveResponseHeader exit. */
    public static void responseHead(Object connection, Throwable thrown) {
        Apache4LegacyTracking t = tracking;
        if (t != null && thrown == null) {
            t.responseHead(Apache4Hooks.state(), connection);
        }
    }

    /** A legacy manager's releaseConnection(conn, ...) enter: the connection behind {@code handle}, for the exit. */
    public static Object releasing(Object handle) throws ReflectiveOperationException {
        return tracking == null ? null : LegacyConnections.of(handle);
    }

    /** A legacy manager's releaseConnection exit. */
    public static void released(Object connection) {
        Apache4LegacyTracking t = tracking;
        if (t != null) {
            t.released(LegacyLease.current(), connection);
        }
    }

    /** DefaultClientConnection#close / #shutdown enter. */
    public static void closing(Object connection) {
        Apache4LegacyTracking t = tracking;
        if (t != null) {
            t.closing(Apache4Hooks.state(), connection);
        }
    }

    /** "Timeout waiting for connection": ConnectionPoolTimeoutException or a TimeoutException. */
    private static boolean isTimeout(Throwable thrown) {
        return thrown instanceof TimeoutException
                || thrown != null && thrown.getClass().getName().endsWith("ConnectionPoolTimeoutException");
    }
}
