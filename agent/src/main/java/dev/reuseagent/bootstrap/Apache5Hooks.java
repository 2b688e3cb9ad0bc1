package dev.reuseagent.bootstrap;

import dev.reuseagent.instrument.apache.ApacheRequests;
import dev.reuseagent.instrument.apache5.Apache5Tracking;
import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.ThreadState;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the Apache HttpClient 5.x advice calls: static, JDK types only (the library's own types never appear in a signature),
 * never throws. Until the agent has started, or when it is disabled, {@code tracking} is null and every hook
 * returns at once.
 */
public final class Apache5Hooks {

    private static volatile Apache5Tracking tracking;

    private Apache5Hooks() {
    }

    /** Wires the hooks to the tracker; called once by the agent at start. */
    public static void install(Apache5Tracking apache5Tracking) {
        tracking = apache5Tracking;
    }

    /** InternalExecRuntime#acquireEndpoint enter: a lease for {@code route} from {@code manager} starts. */
    public static void acquireEnter(Object manager, Object route) {
        try {
            Apache5Tracking t = tracking;
            if (t != null) {
                t.acquireStarting(ThreadState.current(), manager, route);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** InternalExecRuntime#acquireEndpoint exit: {@code reusable} is whether the endpoint came connected. */
    public static void acquireExit(boolean reusable, Throwable thrown) {
        try {
            Apache5Tracking t = tracking;
            if (t != null) {
                t.acquireEnded(ThreadState.current(), reusable, thrown);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** StrictConnPool/LaxConnPool#lease exit: a future not yet done means the request queued. */
    public static void poolLeased(Object future) {
        try {
            Apache5Tracking t = tracking;
            if (t != null && future instanceof Future) {
                t.poolLeased(ThreadState.current(), ((Future<?>) future).isDone());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** StrictConnPool$PerRoutePool#createEntry / LaxConnPool$PerRoutePool#createPoolEntry exit: a new pool entry. */
    public static void poolMissed(Object entry) {
        try {
            Apache5Tracking t = tracking;
            if (t != null && entry != null) {
                t.poolMissed(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void activated(Object connection) {
        try {
            Apache5Tracking t = tracking;
            if (t != null) {
                t.activated(ThreadState.current(), connection);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void passivated(Object connection) {
        try {
            Apache5Tracking t = tracking;
            if (t != null) {
                t.returned(connection);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** DefaultManagedHttpClientConnection#close / #close(CloseMode) enter; {@code closed} is its AtomicBoolean. */
    public static void closing(Object connection, Object closed, Object mode) {
        try {
            Apache5Tracking t = tracking;
            if (t != null && !(closed instanceof AtomicBoolean && ((AtomicBoolean) closed).get())) {
                t.closing(ThreadState.current(), connection, mode instanceof Enum ? ((Enum<?>) mode).name() : null);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void connectEnter() {
        try {
            Apache5Tracking t = tracking;
            if (t != null) {
                t.connectStarting(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void connectExit(Object connection, Throwable thrown) {
        try {
            Apache5Tracking t = tracking;
            if (t != null) {
                t.connectEnded(ThreadState.current(), connection, thrown);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** core5 HttpRequestExecutor#execute exit: one exchange on {@code connection}. */
    public static void exchanged(Object connection, Throwable thrown) {
        try {
            Apache5Tracking t = tracking;
            if (t != null) {
                t.exchanged(ThreadState.current(), connection, thrown == null);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** ConnectExec#createTunnelToTarget: the proxy CONNECT inside is not an exchange of the application. */
    public static void notAnExchangeEnter() {
        try {
            Apache5Tracking t = tracking;
            if (t != null) {
                t.notAnExchangeStarting(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void notAnExchangeExit() {
        try {
            Apache5Tracking t = tracking;
            if (t != null) {
                t.notAnExchangeEnded(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** InternalExecRuntime#markConnectionNonReusable. */
    public static void nonReusable() {
        try {
            Apache5Tracking t = tracking;
            if (t != null) {
                t.nonReusable(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** DefaultConnectionReuseStrategy#keepAlive exit; only a refusal matters, and then whether the request asked. */
    public static void reuseDecided(boolean keepAlive, Object request) {
        try {
            Apache5Tracking t = tracking;
            if (t != null && !keepAlive) {
                t.reuseRefused(ThreadState.current(), ApacheRequests.asksToClose(request));
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }
}
