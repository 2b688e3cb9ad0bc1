package dev.reuseagent.client.apache4async;

/**
 * The boundary the HttpAsyncClient 4.1 advice calls: static, JDK types only (library objects as {@code Object}),
 * never handling errors itself (the weaver guards each advice call and counts what it throws). Until the slice has
 * started {@code tracking} is null and every hook returns at once.
 */
public final class Apache4AsyncHooks {

    private static volatile Apache4AsyncTracking tracking;

    private Apache4AsyncHooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(Apache4AsyncTracking apache4AsyncTracking) {
        tracking = apache4AsyncTracking;
    }

    /** AbstractNIOConnPool#lease enter; the result goes to {@link #leaseExit}. */
    public static boolean leaseEnter(Object pool, Object callback) {
        Apache4AsyncTracking t = tracking;
        return t != null && t.leaseStarting(Apache4AsyncThreadState.current(), pool, callback);
    }

    /** AbstractNIOConnPool#lease exit, with the lease's callback. */
    public static void leaseExit(boolean counted, Object callback) {
        Apache4AsyncTracking t = tracking;
        if (t != null && counted) {
            t.leaseEnded(Apache4AsyncThreadState.current(), callback);
        }
    }

    /** RouteSpecificPool#addPending: the pool asked the reactor for a new session for the lease of {@code future}. */
    public static void sessionRequested(Object sessionRequest, Object future) {
        Apache4AsyncTracking t = tracking;
        if (t != null) {
            t.sessionRequested(Apache4AsyncThreadState.current(), sessionRequest, future);
        }
    }

    /** AbstractNIOConnPool#requestCompleted enter: returns what the thread was completing before (for the exit). */
    public static Object completingEnter(Object sessionRequest) {
        if (tracking == null) {
            return null;
        }
        Apache4AsyncThreadState state = Apache4AsyncThreadState.current();
        Object previous = state.completing;
        state.completing = sessionRequest;
        return previous;
    }

    /** AbstractNIOConnPool#requestCompleted exit. */
    public static void completingExit(Object previous) {
        if (tracking != null) {
            Apache4AsyncThreadState.current().completing = previous;
        }
    }

    /** CPool#createEntry exit: the entry of a new connection. */
    public static void entryCreated(Object pool, Object route, Object connection, Object entry) {
        Apache4AsyncTracking t = tracking;
        if (t != null) {
            t.entryCreated(Apache4AsyncThreadState.current(), pool, route, connection, entry);
        }
    }

    /** AbstractNIOConnPool#onReuse: a free entry handed out. */
    public static void reused(Object entry) {
        Apache4AsyncTracking t = tracking;
        if (t != null) {
            t.reused(Apache4AsyncThreadState.current(), entry);
        }
    }

    /** AbstractNIOConnPool#release(entry, reusable) enter. */
    public static void released(Object entry, boolean reusable) {
        Apache4AsyncTracking t = tracking;
        if (t != null) {
            t.released(entry, reusable);
        }
    }

    /** CPoolEntry#closeConnection / #shutdownConnection enter. */
    public static void closing(Object entry) {
        Apache4AsyncTracking t = tracking;
        if (t != null) {
            t.closing(entry);
        }
    }

    /** HttpAsyncRequestExecutor#responseReceived enter: returns the connection held before (for the exit). */
    public static Object headEnter(Object connection) {
        if (tracking == null) {
            return null;
        }
        Apache4AsyncThreadState state = Apache4AsyncThreadState.current();
        Object previous = state.headConnection;
        state.headConnection = connection;
        return previous;
    }

    /** HttpAsyncRequestExecutor#responseReceived exit. */
    public static void headExit(Object previous) {
        if (tracking != null) {
            Apache4AsyncThreadState.current().headConnection = previous;
        }
    }

    /** (Default|Minimal)ClientExchangeHandlerImpl#responseReceived: a final response head, one exchange. */
    public static void exchanged() {
        Apache4AsyncTracking t = tracking;
        if (t != null) {
            t.exchanged(Apache4AsyncThreadState.current());
        }
    }

    /** AbstractClientExchangeHandler#manageConnectionPersistence exit. */
    public static void persistenceDecided(boolean keepAlive, Object connectionRef, Object context) {
        Apache4AsyncTracking t = tracking;
        if (t != null && !keepAlive) {
            t.notKeptAlive(connectionRef, context);
        }
    }

    /** SSLIOSession constructor exit: {@code engine} runs TLS over {@code session}'s channel. */
    public static void sslSessionCreated(Object session, Object engine) {
        Apache4AsyncTracking t = tracking;
        if (t != null) {
            t.sslSessionCreated(session, engine);
        }
    }
}
