package dev.reuseagent.client.jdkhttp;


/**
 * The boundary the java.net.http.HttpClient (HTTP/1.1 and HTTP/2) advice calls. The advice is woven into {@code
 * java.net.http}, whose classes reach this one through the boot class path, so every hook is static and takes JDK
 * types only. A hook never handles errors itself: the weaver guards each advice call and counts what it throws. Until
 * the slice has started {@code tracking} is null and every hook returns at once. Hooks are named after what happened;
 * the advice classes say where.
 */
public final class JdkHttpHooks {

    private static volatile JdkHttpTracking tracking;

    private JdkHttpHooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(JdkHttpTracking jdkhttpTracking) {
        tracking = jdkhttpTracking;
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
    }

    public static void exchangeDone(Object connection, Object request) throws ReflectiveOperationException {
        JdkHttpTracking t = tracking;
        if (t != null) {
            t.exchangeDone(JdkHttpThreadState.current(), connection, request);
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
}
