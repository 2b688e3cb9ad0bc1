package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache.ApacheRequests;
import dev.reuseagent.client.apache.ApacheThreadState;

import java.util.concurrent.TimeoutException;

/**
 * The boundary the Apache HttpClient 4.5 advice calls. Every hook is static and takes JDK types only: the
 * library's own types never appear in a signature (pass {@code Object}). A hook never handles errors itself: the
 * weaver guards each advice call and counts what it throws. Until the slice has started {@code tracking} is null and
 * every hook returns at once. Hooks are named after what happened; the advice classes say where.
 */
public final class Apache4Hooks {

    private static final ThreadLocal<ApacheThreadState> STATE = ApacheThreadState.perThread();
    private static volatile Apache4Tracking tracking;
    /** The enforcement repairs, only when {@code enforce=apache}; their hooks are woven only then. */
    private static volatile Apache4Enforcer enforcer;

    private Apache4Hooks() {
    }

    /** This thread's state, shared with the legacy API's hooks ({@link Apache4LegacyHooks}). */
    static ApacheThreadState state() {
        return STATE.get();
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(Apache4Tracking apache4Tracking) {
        tracking = apache4Tracking;
    }

    /** Enforcing: wires the repair hooks; called once, when the slice starts, before any class is woven. */
    static void enforce(Apache4Enforcer apache4Enforcer) {
        enforcer = apache4Enforcer;
    }

    /** Enforcing: HttpClientBuilder#build enter; what it returns goes to {@link #buildExit}. */
    public static Object buildEnter(Object builder) {
        Apache4Enforcer e = enforcer;
        return e == null ? null : e.buildEntering(STATE.get(), builder);
    }

    /** Enforcing: HttpClientBuilder#build exit. */
    public static void buildExit(Object builder, Object token, Object client, Throwable thrown) {
        Apache4Enforcer e = enforcer;
        if (e != null && token != null) {
            e.buildExited(builder, token, client, thrown);
        }
    }

    /** Enforcing: InternalHttpClient#doExecute enter; returns the client that ran before on this thread. */
    public static Object executeEnter(Object client) {
        if (enforcer == null) {
            return null;
        }
        ApacheThreadState state = STATE.get();
        Object previous = state.currentClient;
        state.currentClient = client;
        return previous;
    }

    /** Enforcing: a lease object (ConnectionHolder) was created on this thread. */
    public static void leaseCreated(Object lease) {
        Apache4Enforcer e = enforcer;
        if (e != null) {
            e.leaseCreated(STATE.get(), lease);
        }
    }

    /** Enforcing: InternalHttpClient#close() enter. */
    public static void clientClosing(Object client) {
        Apache4Enforcer e = enforcer;
        if (e != null) {
            e.clientClosing(client);
        }
    }

    /** Enforcing: InternalHttpClient#doExecute exit. */
    public static void executeExit(Object previous) {
        if (enforcer != null) {
            STATE.get().currentClient = previous;
        }
    }

    /** Enforcing: HttpResponseProxy#close enter, with its original response and connection holder. */
    public static void responseClosing(Object response, Object holder) {
        Apache4Enforcer e = enforcer;
        if (e != null) {
            e.drain().responseClosing(response, holder);
        }
    }

    /** AbstractConnPool#getPoolEntryBlocking enter. */
    public static void leaseEnter(Object pool, Object route) {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.leaseStarting(STATE.get(), pool, route);
        }
    }

    /** AbstractConnPool#getPoolEntryBlocking exit; a TimeoutException is "Timeout waiting for connection". */
    public static void leaseExit(Throwable thrown) {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.leaseEnded(STATE.get(), thrown instanceof TimeoutException);
        }
    }

    /** RouteSpecificPool#queue: the lease waits for a connection to be released. */
    public static void queued() {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.queued(STATE.get());
        }
    }

    /** CPool#createEntry exit: a new pool entry (the miss). */
    public static void entryCreated(Object pool, Object route, Object entry) {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.entryCreated(STATE.get(), pool, route, entry);
        }
    }

    /** AbstractConnPool#onLease: an entry is handed out. */
    public static void leased(Object pool, Object entry) {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.leased(STATE.get(), pool, entry);
        }
    }

    /** CPoolEntry#markRouteComplete: the entry's connection is established. */
    public static void routeComplete(Object entry) {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.routeComplete(STATE.get(), entry);
        }
    }

    /** DefaultHttpClientConnectionOperator#connect threw: connecting to {@code host} (an HttpHost) failed. */
    public static void connectFailed(Object host, Throwable thrown) {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.connectFailed(STATE.get(), host, thrown);
        }
    }

    /** HttpRequestExecutor#execute enter. */
    public static void exchangeEnter() {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.exchangeStarting(STATE.get());
        }
    }

    /** CPoolProxy#receiveResponseHeader exit: a response head read on {@code entry}. */
    public static void responseHead(Object entry, Throwable thrown) {
        Apache4Tracking t = tracking;
        if (t != null && thrown == null) {
            t.responseHead(STATE.get(), entry);
        }
    }

    /** HttpRequestExecutor#execute exit. */
    public static void exchangeExit(Throwable thrown) {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.exchangeEnded(STATE.get(), thrown);
        }
    }

    /** MainClientExec#createTunnelToTarget: the proxy CONNECT inside is not an exchange of the application. */
    public static void notAnExchangeEnter() {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.notAnExchangeStarting(STATE.get());
        }
    }

    public static void notAnExchangeExit() {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.notAnExchangeEnded(STATE.get());
        }
    }

    /** ConnectionHolder#markNonReusable. */
    public static void nonReusable() {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.nonReusable(STATE.get());
        }
    }

    /** (Default|DefaultClient)ConnectionReuseStrategy#keepAlive(HttpResponse, HttpContext) exit. */
    public static void reuseDecided(boolean keepAlive, Object context) {
        Apache4Tracking t = tracking;
        if (t != null && !keepAlive) {
            t.reuseRefused(STATE.get(),
                    ApacheRequests.asksToClose(ApacheRequests.requestOfContext(context)));
        }
    }

    /** NoConnectionReuseStrategy#keepAlive: the application switched reuse off (e.g. http.keepAlive=false). */
    public static void reuseSwitchedOff() {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.reuseRefused(STATE.get(), true);
        }
    }

    /** AbstractConnPool#release(entry, reusable) enter. */
    public static void released(Object entry, boolean reusable) {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.released(entry, reusable);
        }
    }

    /** CPoolEntry#closeConnection / #shutdownConnection enter. */
    public static void closing(Object entry) {
        Apache4Tracking t = tracking;
        if (t != null) {
            t.closing(STATE.get(), entry);
        }
    }
}
