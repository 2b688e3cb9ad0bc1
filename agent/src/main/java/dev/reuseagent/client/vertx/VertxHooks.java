package dev.reuseagent.client.vertx;

/**
 * The boundary the Vert.x advice calls. Every hook is static and takes JDK types only (Vert.x's and Netty's types
 * are passed as {@code Object} and reached reflectively: the agent lives on the boot class path). A hook never
 * handles errors itself: the weaver guards each advice call and counts what it throws. Until the slice has started
 * {@code tracking} is null and every hook returns at once.
 */
public final class VertxHooks {

    private static volatile VertxTracking tracking;

    private VertxHooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(VertxTracking vertxTracking) {
        tracking = vertxTracking;
    }

    public static void connectionBuilt(Object connection, Object client, Object chctx, boolean ssl, Object server,
            Object authority) {
        VertxTracking t = tracking;
        if (t != null) {
            t.connectionBuilt(connection, client, chctx, ssl, server, authority);
        }
    }

    public static void streamCreated(Object connection) {
        VertxTracking t = tracking;
        if (t != null) {
            t.streamCreated(connection);
        }
    }

    public static void streamClosed(Object connection, boolean alreadyClosed, Throwable error) {
        VertxTracking t = tracking;
        if (t != null && !alreadyClosed) {
            t.streamClosed(connection, error);
        }
    }

    public static void connectionClosed(Object connection, Object client, boolean wantClose, long expiresAtMillis) {
        VertxTracking t = tracking;
        if (t != null) {
            t.connectionClosed(connection, client, wantClose, expiresAtMillis);
        }
    }

    public static void clientClosing(Object client) {
        VertxTracking t = tracking;
        if (t != null) {
            t.clientClosing(client);
        }
    }

    public static void h2ConnectionBuilt(Object connection, Object client, Object authority) {
        VertxTracking t = tracking;
        if (t != null) {
            t.h2ConnectionBuilt(connection, client, authority);
        }
    }

    public static void h2StreamCreated(Object connection) {
        VertxTracking t = tracking;
        if (t != null) {
            t.h2StreamCreated(connection);
        }
    }

    public static void h2ConnectionClosed(Object connection) {
        VertxTracking t = tracking;
        if (t != null) {
            t.h2ConnectionClosed(connection);
        }
    }
}
