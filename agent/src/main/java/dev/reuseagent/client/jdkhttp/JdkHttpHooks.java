package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.track.ConnectionRecord;

/**
 * The boundary the java.net.http.HttpClient (HTTP/1.1 and HTTP/2) advice calls. The advice is woven into {@code
 * java.net.http}, whose classes reach this one through the boot class path, so every hook is static and takes JDK
 * types only. A hook never handles errors itself: the weaver guards each advice call and counts what it throws. Until
 * the slice has started {@code tracking} is null and every hook returns at once. Hooks are named after what happened;
 * the advice classes say where. The enforcement hooks are woven only when {@code enforce=} names jdkhttp; until
 * then {@code sharing} and {@code drain} are null.
 */
public final class JdkHttpHooks {

    private static volatile JdkHttpTracking tracking;
    private static volatile JdkHttpSharing sharing;
    private static volatile JdkHttpDrain drain;

    private JdkHttpHooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(JdkHttpTracking jdkhttpTracking) {
        tracking = jdkhttpTracking;
    }

    /** Wires the enforcement hooks to the repairs; called once, when the slice starts enforcing. */
    static void installRepairs(JdkHttpSharing jdkhttpSharing, JdkHttpDrain jdkhttpDrain) {
        sharing = jdkhttpSharing;
        drain = jdkhttpDrain;
    }

    public static void clientCreated(Object client, long id) {
        JdkHttpTracking t = tracking;
        if (t != null) {
            t.clientCreated(client, id);
        }
    }

    public static void poolLookedUp(Object pooled) {
        JdkHttpTracking t = tracking;
        if (t != null) {
            t.poolLookedUp(JdkHttpThreadState.current(), pooled);
        }
    }

    public static void plainCreated(Object plain, Object channel) {
        JdkHttpTracking t = tracking;
        if (t != null) {
            t.plainCreated(JdkHttpThreadState.current(), plain, channel);
        }
    }

    public static void connectionChosen(Object connection, Object client, Object request)
            throws ReflectiveOperationException {
        JdkHttpTracking t = tracking;
        if (t != null) {
            t.connectionChosen(JdkHttpThreadState.current(), connection, client, request);
        }
        JdkHttpDrain d = drain;
        if (d != null && connection != null) {
            d.taken(connection);
        }
    }

    public static void exchangeDone(Object connection, Object request) throws ReflectiveOperationException {
        JdkHttpTracking t = tracking;
        if (t != null) {
            ConnectionRecord record = t.exchangeDone(JdkHttpThreadState.current(), connection, request);
            JdkHttpSharing sh = sharing;
            if (sh != null && record != null) {
                sh.requests().exchanged(record, request);
            }
        }
    }

    public static void returned(Object connection) {
        JdkHttpTracking t = tracking;
        if (t != null) {
            t.returned(connection);
        }
    }

    public static void closing(Object plain) {
        JdkHttpTracking t = tracking;
        if (t != null) {
            t.closing(plain);
        }
    }

    public static void sending() {
        JdkHttpTracking t = tracking;
        if (t != null) {
            t.sending(JdkHttpThreadState.current());
        }
    }

    /** HttpClientImpl#send threw {@code thrown}. */
    public static void sendFailed(Throwable thrown) {
        JdkHttpTracking t = tracking;
        if (t != null) {
            t.failures.sendFailed(JdkHttpThreadState.current(), thrown);
        }
    }

    public static void engineCreated(Object engine) {
        JdkHttpTracking t = tracking;
        if (t != null) {
            t.engineCreated(JdkHttpThreadState.current(), engine);
        }
    }

    public static void engineHandshakeStarting(Object engine) {
        JdkHttpTracking t = tracking;
        if (t != null) {
            t.engineHandshakeStarting(engine);
        }
    }

    public static void engineHandshakeDone(Object engine, Object session) {
        JdkHttpTracking t = tracking;
        if (t != null) {
            t.engineHandshakeDone(engine, session);
        }
    }

    // ---- enforcement (enforce=jdkhttp) ----

    /** @return what {@code build()} returns without building a client, or null to build one */
    public static Object building(Object builder) {
        JdkHttpSharing sh = sharing;
        return sh == null ? null : sh.building(builder);
    }

    public static Object built(Object builder, Object client) {
        JdkHttpSharing sh = sharing;
        return sh == null ? client : sh.built(builder, client);
    }

    /** @return true to skip the close ({@code how}: close, shutdown or shutdownNow) */
    public static boolean closingClient(Object client, String how) {
        JdkHttpSharing sh = sharing;
        return sh != null && sh.closing(client, how);
    }

    public static void terminationAsked(Object client) {
        JdkHttpSharing sh = sharing;
        if (sh != null) {
            sh.terminationAsked(client);
        }
    }

    /** @return what {@link #sentOn} and {@link #sentAsyncOn} get back */
    public static Object sendingOn(Object client) {
        JdkHttpSharing sh = sharing;
        return sh == null ? null : sh.requests().sending(JdkHttpThreadState.current(), client);
    }

    public static void sentOn(Object handle) {
        JdkHttpSharing sh = sharing;
        if (sh != null) {
            sh.requests().sent(JdkHttpThreadState.current(), handle);
        }
    }

    public static void sentAsyncOn(Object handle, Object future) {
        JdkHttpSharing sh = sharing;
        if (sh != null) {
            sh.requests().sentAsync(JdkHttpThreadState.current(), handle, future);
        }
    }

    public static void requestCreated(Object request) {
        JdkHttpSharing sh = sharing;
        if (sh != null) {
            sh.requests().requestCreated(JdkHttpThreadState.current(), request);
        }
    }

    public static void bodyStarting(Object subscriber, boolean returnToPool, Object connection) {
        JdkHttpDrain d = drain;
        if (d != null) {
            d.bodyStarting(subscriber, returnToPool, connection);
        }
    }

    public static void closingBody(Object stream, boolean closed, Object failed, Object buffers,
            Object subscription) {
        JdkHttpDrain d = drain;
        if (d != null) {
            d.closing(stream, closed, failed, buffers, subscription);
        }
    }
}
