package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache.ApacheRequests;
import dev.reuseagent.client.apache.ApacheThreadState;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The boundary the Apache HttpClient 5.x (classic) advice calls. Every hook is static and takes JDK types only:
 * the library's own types never appear in a signature (pass {@code Object}). A hook never handles errors itself: the
 * weaver guards each advice call and counts what it throws. Until the slice has started {@code tracking} is null and
 * every hook returns at once. Hooks are named after what happened; the advice classes say where.
 */
public final class Apache5Hooks {

    private static final ThreadLocal<ApacheThreadState> STATE = ApacheThreadState.perThread();
    private static volatile Apache5Tracking tracking;
    /** The enforcement repair, only when {@code enforce=apache}; its hooks are woven only then. */
    private static volatile Apache5Enforcer enforcer;

    private Apache5Hooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(Apache5Tracking apache5Tracking) {
        tracking = apache5Tracking;
    }

    /** Enforcing: wires the repair hooks; called once, when the slice starts, before any class is woven. */
    static void enforce(Apache5Enforcer apache5Enforcer) {
        enforcer = apache5Enforcer;
    }

    /** Enforcing: HttpClientBuilder#build enter; what it returns goes to {@link #buildExit}. */
    public static Object buildEnter(Object builder) {
        Apache5Enforcer e = enforcer;
        return e == null ? null : e.buildEntering(STATE.get(), builder);
    }

    /** Enforcing: HttpClientBuilder#build exit. */
    public static void buildExit(Object builder, Object token, Object client, Throwable thrown) {
        Apache5Enforcer e = enforcer;
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

    /** Enforcing: a lease object (InternalExecRuntime) was created on this thread. */
    public static void leaseCreated(Object lease) {
        Apache5Enforcer e = enforcer;
        if (e != null) {
            e.leaseCreated(STATE.get(), lease);
        }
    }

    /** Enforcing: InternalHttpClient#close(CloseMode) enter. */
    public static void clientClosing(Object client) {
        Apache5Enforcer e = enforcer;
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

    /** InternalExecRuntime#acquireEndpoint enter: a lease for {@code route} from {@code manager} starts. */
    public static void acquireEnter(Object manager, Object route) {
        Apache5Tracking t = tracking;
        if (t != null) {
            t.acquireStarting(STATE.get(), manager, route);
        }
    }

    /** InternalExecRuntime#acquireEndpoint exit: {@code reusable} is whether the endpoint came connected. */
    public static void acquireExit(boolean reusable, Throwable thrown) {
        Apache5Tracking t = tracking;
        if (t != null) {
            t.acquireEnded(STATE.get(), reusable, thrown);
        }
    }

    /** StrictConnPool/LaxConnPool#lease exit: a future not yet done means the request queued. */
    public static void poolLeased(Object future) {
        Apache5Tracking t = tracking;
        if (t != null && future instanceof Future) {
            t.poolLeased(STATE.get(), ((Future<?>) future).isDone());
        }
    }

    /** StrictConnPool$PerRoutePool#createEntry / LaxConnPool$PerRoutePool#createPoolEntry exit: a new pool entry. */
    public static void poolMissed(Object entry) {
        Apache5Tracking t = tracking;
        if (t != null && entry != null) {
            t.poolMissed(STATE.get());
        }
    }

    public static void activated(Object connection) {
        Apache5Tracking t = tracking;
        if (t != null) {
            t.activated(STATE.get(), connection);
        }
    }

    public static void passivated(Object connection) {
        Apache5Tracking t = tracking;
        if (t != null) {
            t.returned(connection);
        }
    }

    /** DefaultManagedHttpClientConnection#close / #close(CloseMode) enter; {@code closed} is its AtomicBoolean. */
    public static void closing(Object connection, Object closed, Object mode) {
        Apache5Tracking t = tracking;
        if (t != null && !(closed instanceof AtomicBoolean && ((AtomicBoolean) closed).get())) {
            t.closing(STATE.get(), connection, mode instanceof Enum ? ((Enum<?>) mode).name() : null);
        }
    }

    public static void connectEnter() {
        Apache5Tracking t = tracking;
        if (t != null) {
            t.connectStarting(STATE.get());
        }
    }

    public static void connectExit(Object connection, Throwable thrown) {
        Apache5Tracking t = tracking;
        if (t != null) {
            t.connectEnded(STATE.get(), connection, thrown);
        }
    }

    /** core5 HttpRequestExecutor#execute exit: one exchange on {@code connection}. */
    public static void exchanged(Object connection, Throwable thrown) {
        Apache5Tracking t = tracking;
        if (t != null) {
            t.exchanged(STATE.get(), connection, thrown);
        }
    }

    /** ConnectExec#createTunnelToTarget: the proxy CONNECT inside is not an exchange of the application. */
    public static void notAnExchangeEnter() {
        Apache5Tracking t = tracking;
        if (t != null) {
            t.notAnExchangeStarting(STATE.get());
        }
    }

    public static void notAnExchangeExit() {
        Apache5Tracking t = tracking;
        if (t != null) {
            t.notAnExchangeEnded(STATE.get());
        }
    }

    /** InternalExecRuntime#markConnectionNonReusable. */
    public static void nonReusable() {
        Apache5Tracking t = tracking;
        if (t != null) {
            t.nonReusable(STATE.get());
        }
    }

    /** DefaultConnectionReuseStrategy#keepAlive exit; only a refusal matters, and then whether the request asked. */
    public static void reuseDecided(boolean keepAlive, Object request) {
        Apache5Tracking t = tracking;
        if (t != null && !keepAlive) {
            t.reuseRefused(STATE.get(), ApacheRequests.asksToClose(request));
        }
    }
}
