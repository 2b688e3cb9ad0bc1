package dev.reuseagent.bootstrap;

import dev.reuseagent.instrument.okhttp.OkHttpTracking;
import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.ThreadState;

/**
 * What the OkHttp 4.12 and 5.x advice calls: static, JDK types only (the library's own types never appear in a signature),
 * never throws. Until the agent has started, or when it is disabled, {@code tracking} is null and every hook
 * returns at once. The hooks are named after what happened; the advice classes say where.
 */
public final class OkHttpHooks {

    private static volatile OkHttpTracking tracking;

    private OkHttpHooks() {
    }

    /** Wires the hooks to the tracker; called once by the agent at start. */
    public static void install(OkHttpTracking okhttpTracking) {
        tracking = okhttpTracking;
    }

    // ---- the pool: lookups, new connections, releases ----

    public static void poolMissed(Object call) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.poolMissed(ThreadState.current(), call);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void acquired(Object connection) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.acquired(ThreadState.current(), connection);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void coalesced() {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.coalesced(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void planCancelled(Object rawSocket) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.planCancelled(rawSocket);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void pooled(Object pool, Object connection) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.pooled(ThreadState.current(), pool, connection);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void becameIdle(Object connection, boolean removed, int maxIdleConnections) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.becameIdle(connection, removed, maxIdleConnections);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void cleanupStarting(long nowNanos, long keepAliveNanos) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.cleanupStarting(ThreadState.current(), nowNanos, keepAliveNanos);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** Pruning of {@code connection} starts, or ends when it is null. */
    public static void pruning(Object connection) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.pruning(ThreadState.current(), connection);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void leakLogged() {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.leakLogged(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    // ---- connecting ----

    public static void connectionConnected(Object rawSocket) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.connectionConnected(ThreadState.current(), rawSocket);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void tlsStarting(Object rawSocket) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.tlsStarting(ThreadState.current(), rawSocket);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    // ---- exchanges ----

    public static void exchangeStarting(Object connection, Object codec, boolean multiplexed, Object pool) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.exchangeStarting(ThreadState.current(), connection, codec, multiplexed, pool);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void responseHead(Object codec) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.responseHead(ThreadState.current(), codec);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void interceptDone(Object response) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.interceptDone(ThreadState.current(), response);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    // ---- retiring connections ----

    public static void retired(Object connection, long idleAtNs) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.retired(ThreadState.current(), connection, idleAtNs);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void failed(Object connection, Object call, Throwable error) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.failed(ThreadState.current(), connection, call, error);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void unhealthy(Object connection, boolean multiplexed) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.unhealthy(connection, multiplexed);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    // ---- asynchronous calls ----

    public static void enqueued(Object call) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.enqueued(call);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    /** A dispatcher thread starts running {@code call}, or (null) finished it. */
    public static void asyncRunning(Object call) {
        try {
            OkHttpTracking t = tracking;
            if (t != null) {
                t.asyncRunning(ThreadState.current(), call);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }
}
