package dev.reuseagent.bootstrap;

import dev.reuseagent.instrument.apache.ApacheRequests;
import dev.reuseagent.instrument.apache4.Apache4Tracking;
import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.ThreadState;

import java.util.concurrent.TimeoutException;

/**
 * What the Apache HttpClient 4.5 advice calls: static, JDK types only (the library's own types never appear in a signature),
 * never throws. Until the agent has started, or when it is disabled, {@code tracking} is null and every hook
 * returns at once. httpclient 4.5 is Java 6 bytecode: the advice that calls these must stay a plain call
 * (no string concatenation, no lambdas, which would need invokedynamic).
 */
public final class Apache4Hooks {

    private static volatile Apache4Tracking tracking;

    private Apache4Hooks() {
    }

    /** Wires the hooks to the tracker; called once by the agent at start. */
    public static void install(Apache4Tracking apache4Tracking) {
        tracking = apache4Tracking;
    }

    /** AbstractConnPool#getPoolEntryBlocking enter. */
    public static void leaseEnter(Object pool, Object route) {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.leaseStarting(ThreadState.current(), pool, route);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** AbstractConnPool#getPoolEntryBlocking exit; a TimeoutException is "Timeout waiting for connection". */
    public static void leaseExit(Throwable thrown) {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.leaseEnded(ThreadState.current(), thrown instanceof TimeoutException);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** RouteSpecificPool#queue: the lease waits for a connection to be released. */
    public static void queued() {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.queued(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** CPool#createEntry exit: a new pool entry (the miss). */
    public static void entryCreated(Object pool, Object route, Object entry) {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.entryCreated(ThreadState.current(), pool, route, entry);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** AbstractConnPool#onLease: an entry is handed out. */
    public static void leased(Object pool, Object entry) {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.leased(ThreadState.current(), pool, entry);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** CPoolEntry#markRouteComplete: the entry's connection is established. */
    public static void routeComplete(Object entry) {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.routeComplete(ThreadState.current(), entry);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** HttpRequestExecutor#execute enter. */
    public static void exchangeEnter() {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.exchangeStarting(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** CPoolProxy#receiveResponseHeader exit: a response head read on {@code entry}. */
    public static void responseHead(Object entry, Throwable thrown) {
        try {
            Apache4Tracking t = tracking;
            if (t != null && thrown == null) {
                t.responseHead(ThreadState.current(), entry);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** HttpRequestExecutor#execute exit. */
    public static void exchangeExit(Throwable thrown) {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.exchangeEnded(ThreadState.current(), thrown == null);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** MainClientExec#createTunnelToTarget: the proxy CONNECT inside is not an exchange of the application. */
    public static void notAnExchangeEnter() {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.notAnExchangeStarting(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void notAnExchangeExit() {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.notAnExchangeEnded(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** ConnectionHolder#markNonReusable. */
    public static void nonReusable() {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.nonReusable(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** (Default|DefaultClient)ConnectionReuseStrategy#keepAlive(HttpResponse, HttpContext) exit. */
    public static void reuseDecided(boolean keepAlive, Object context) {
        try {
            Apache4Tracking t = tracking;
            if (t != null && !keepAlive) {
                t.reuseRefused(ThreadState.current(),
                        ApacheRequests.asksToClose(ApacheRequests.requestOfContext(context)));
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** NoConnectionReuseStrategy#keepAlive: the application switched reuse off (e.g. http.keepAlive=false). */
    public static void reuseSwitchedOff() {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.reuseRefused(ThreadState.current(), true);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** AbstractConnPool#release(entry, reusable) enter. */
    public static void released(Object entry, boolean reusable) {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.released(entry, reusable);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** CPoolEntry#closeConnection / #shutdownConnection enter. */
    public static void closing(Object entry) {
        try {
            Apache4Tracking t = tracking;
            if (t != null) {
                t.closing(ThreadState.current(), entry);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }
}
