package dev.reuseagent.client.jetty;

/**
 * The boundary the Jetty advice calls. Every hook is static and takes JDK types only (Jetty's own types are passed
 * as {@code Object} and read reflectively: the agent lives on the boot class path, where Jetty is invisible). A hook
 * never handles errors itself: the weaver guards each advice call and counts what it throws. Until the slice has
 * started {@code tracking} is null and every hook returns at once.
 */
public final class JettyHooks {

    private static volatile JettyTracking tracking;

    private JettyHooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(JettyTracking jettyTracking) {
        tracking = jettyTracking;
    }

    public static void connectionRequested(Object destination, Object promise) {
        JettyTracking t = tracking;
        if (t != null) {
            t.connectionRequested(JettyThreadState.current(), destination, promise);
        }
    }

    public static void connectionCreated(Object promise, Object pool, Object connection) {
        JettyTracking t = tracking;
        if (t != null) {
            t.connectionCreated(promise, pool, connection);
        }
    }

    public static void connectionBuilt(Object connection) {
        JettyTracking t = tracking;
        if (t != null) {
            t.connectionBuilt(connection);
        }
    }

    public static void acquired(Object connection) {
        JettyTracking t = tracking;
        if (t != null && connection != null) {
            t.acquired(JettyThreadState.current(), connection);
        }
    }

    public static long releasing(Object connection) {
        JettyTracking t = tracking;
        return t == null ? -1 : t.releasing(connection);
    }

    public static void released(Object connection, long mark) {
        JettyTracking t = tracking;
        if (t != null && mark != -1) {
            t.released(connection, mark);
        }
    }

    public static void removed(Object connection) {
        JettyTracking t = tracking;
        if (t != null) {
            t.removed(JettyThreadState.current(), connection);
        }
    }

    public static void exchangeEnding(Object connection, Object result) {
        JettyTracking t = tracking;
        if (t != null) {
            t.exchangeEnding(JettyThreadState.current(), connection, result);
        }
    }

    public static void exchangeEnded(Object connection) {
        JettyTracking t = tracking;
        if (t != null) {
            JettyTracking.exchangeEnded(JettyThreadState.current(), connection);
        }
    }

    /** @param connection the connection whose idle timeout fired, or null when its handling is over */
    public static void idleExpiring(Object connection) {
        JettyTracking t = tracking;
        if (t != null) {
            JettyThreadState.current().idleExpiring = connection;
        }
    }
}
