package dev.reuseagent.client.urlconnection;

import java.net.URL;

/**
 * The boundary the HttpURLConnection advice calls. The advice is woven into java.base, so every hook is static
 * and takes JDK types only; errors are counted by the weaver's guard around each advice call. Until the slice
 * is started {@code tracking} is null and every hook returns at once.
 */
public final class UrlConnectionHooks {

    private static volatile UrlConnectionTracking tracking;
    /** Set only when {@code enforce=} names urlconnection; the repair hooks are woven only then. */
    private static volatile UrlConnectionEnforcer enforcer;

    private UrlConnectionHooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(UrlConnectionTracking urlConnectionTracking) {
        tracking = urlConnectionTracking;
    }

    /** Wires the repair hooks; called once, when the slice starts while enforcing. */
    static void installEnforcer(UrlConnectionEnforcer urlConnectionEnforcer) {
        enforcer = urlConnectionEnforcer;
    }

    public static void openEnter() {
        UrlConnectionTracking t = tracking;
        if (t != null) {
            t.openStarting(UrlConnectionThreadState.current());
        }
    }

    public static void sslFactory(Object factory) {
        UrlConnectionTracking t = tracking;
        if (t != null && factory != null) {
            t.sslFactory(UrlConnectionThreadState.current(), factory);
        }
    }

    public static void openExit(Object client, Object url, Throwable thrown) {
        UrlConnectionTracking t = tracking;
        if (t != null && thrown == null && url instanceof URL) {
            t.opened(UrlConnectionThreadState.current(), client, (URL) url);
        }
    }

    public static void cacheLookingUp() {
        UrlConnectionTracking t = tracking;
        if (t != null) {
            t.cacheLookingUp(UrlConnectionThreadState.current());
        }
    }

    public static void cacheLookedUp(Object client, Object url, Object poolKey) {
        UrlConnectionTracking t = tracking;
        if (t != null) {
            t.cacheLookedUp(UrlConnectionThreadState.current(), client, url, poolKey);
        }
    }

    /** A proxy CONNECT or a 100-continue wait: the response heads read inside are not exchanges. */
    public static void notAnExchangeEnter() {
        if (tracking != null) {
            UrlConnectionThreadState.current().notAnExchangeDepth++;
        }
    }

    public static void notAnExchangeExit() {
        if (tracking != null) {
            UrlConnectionThreadState state = UrlConnectionThreadState.current();
            state.notAnExchangeDepth = Math.max(0, state.notAnExchangeDepth - 1);
        }
    }

    public static void exchangeEnter() {
        if (tracking != null) {
            UrlConnectionThreadState state = UrlConnectionThreadState.current();
            if (state.notAnExchangeDepth == 0) {
                state.exchangeDepth++;
            }
        }
    }

    /** {@code request} is the HttpURLConnection whose response head was read. */
    public static void exchangeExit(Object client, Object url, boolean keepingAlive, Object request,
            Throwable thrown) {
        UrlConnectionTracking t = tracking;
        if (t != null) {
            t.exchangeExited(UrlConnectionThreadState.current(), client, url instanceof URL ? (URL) url : null,
                    thrown, keepingAlive, UrlConnectionTracking.requestSaysClose(request));
        }
        UrlConnectionEnforcer e = enforcer;
        if (e != null) {
            e.exchangeEnded(client, thrown == null);
        }
    }

    public static void returning(Object client) {
        UrlConnectionTracking t = tracking;
        if (t != null) {
            UrlConnectionThreadState state = UrlConnectionThreadState.current();
            UrlConnectionDrain drain = state.drain;
            if (drain != null) {
                drain.returning(client); // a drain ends here: the socket gets its own read timeout back first
            }
            t.returning(state, client);
        }
    }

    public static void returned() {
        UrlConnectionTracking t = tracking;
        if (t != null) {
            t.returned(UrlConnectionThreadState.current());
        }
    }

    public static void closing(Object client) {
        UrlConnectionTracking t = tracking;
        if (t != null) {
            t.closing(UrlConnectionThreadState.current(), client);
        }
    }

    /** HttpsClient#afterConnect threw: the TLS handshake of the new connection {@code client} failed. */
    public static void setupFailed(Object client, Throwable thrown) {
        UrlConnectionTracking t = tracking;
        if (t != null) {
            t.failures.setupFailed(client, thrown);
        }
    }

    /** A response body's read threw (MeteredStream#read). */
    public static void bodyReadFailed(Object stream) {
        UrlConnectionTracking t = tracking;
        if (t != null) {
            t.failures.bodyReadFailed(UrlConnectionThreadState.current(), stream);
        }
    }

    /** KeepAliveStream#close handed the rest of {@code stream}'s body on {@code client} to the JDK's cleaner. */
    public static void handedToCleaner(Object stream, Object client) {
        UrlConnectionTracking t = tracking;
        if (t != null) {
            t.failures.handedToCleaner(UrlConnectionThreadState.current(), stream, client);
        }
    }

    /** KeepAliveStream#close() begins (enforcing only). */
    public static void closingFixedLength(Object stream, Object client, boolean hurried, boolean queuedForCleanup) {
        UrlConnectionEnforcer e = enforcer;
        if (e != null) {
            e.closingFixedLength(UrlConnectionThreadState.current(), stream, client, hurried, queuedForCleanup);
        }
    }

    /** ChunkedInputStream#close() begins (enforcing only). */
    public static void closingChunked(Object stream, Object client, boolean closed, boolean error, Object underlying) {
        UrlConnectionEnforcer e = enforcer;
        if (e != null) {
            e.closingChunked(UrlConnectionThreadState.current(), stream, client, closed, error, underlying);
        }
    }

    /** HttpURLConnection#disconnect() begins (enforcing only); what it returns goes to {@link #disconnected}. */
    public static Object disconnecting(Object connection, Object client, Object responseStream) {
        UrlConnectionEnforcer e = enforcer;
        return e == null ? null : e.disconnecting(connection, client, responseStream);
    }

    public static void disconnected(Object pending) {
        UrlConnectionEnforcer e = enforcer;
        if (e != null && pending != null) {
            e.disconnected(pending);
        }
    }
}
