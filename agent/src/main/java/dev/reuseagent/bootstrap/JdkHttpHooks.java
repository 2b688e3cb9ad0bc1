package dev.reuseagent.bootstrap;

import dev.reuseagent.instrument.jdkhttp.JdkHttpTracking;
import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.ThreadState;

import java.net.URI;

/**
 * What the java.net.http.HttpClient (HTTP/1.1 and HTTP/2) advice calls: static, JDK types only (the library's own
 * types never appear in a signature), never throws. Until the agent has started, or when it is disabled,
 * {@code tracking} is null and every hook returns at once. Public, because the advice is inlined into
 * {@code java.net.http}, whose classes reach this one through the boot class path.
 */
public final class JdkHttpHooks {

    private static volatile JdkHttpTracking tracking;

    private JdkHttpHooks() {
    }

    /** Wires the hooks to the tracker; called once by the agent at start. */
    public static void install(JdkHttpTracking jdkhttpTracking) {
        tracking = jdkhttpTracking;
    }

    public static void clientCreated(Object client, long id) {
        try {
            JdkHttpTracking t = tracking;
            if (t != null) {
                t.clientCreated(client, id);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void poolLookedUp(Object pooled) {
        try {
            JdkHttpTracking t = tracking;
            if (t != null) {
                t.poolLookedUp(ThreadState.current(), pooled);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void plainCreated(Object plain, Object channel) {
        try {
            JdkHttpTracking t = tracking;
            if (t != null) {
                t.plainCreated(ThreadState.current(), plain, channel);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void connectionChosen(Object connection, Object client, URI uri) {
        try {
            JdkHttpTracking t = tracking;
            if (t != null) {
                t.connectionChosen(ThreadState.current(), connection, client, uri);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void exchangeDone(Object connection, URI uri) {
        try {
            JdkHttpTracking t = tracking;
            if (t != null) {
                t.exchangeDone(ThreadState.current(), connection, uri);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void returned(Object connection) {
        try {
            JdkHttpTracking t = tracking;
            if (t != null) {
                t.returned(connection);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void closing(Object plain) {
        try {
            JdkHttpTracking t = tracking;
            if (t != null) {
                t.closing(plain);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void sending() {
        try {
            JdkHttpTracking t = tracking;
            if (t != null) {
                t.sending(ThreadState.current());
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void engineCreated(Object engine) {
        try {
            JdkHttpTracking t = tracking;
            if (t != null) {
                t.engineCreated(ThreadState.current(), engine);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void engineHandshakeStarting(Object engine) {
        try {
            JdkHttpTracking t = tracking;
            if (t != null) {
                t.engineHandshakeStarting(engine);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }

    public static void engineHandshakeDone(Object engine, Object session) {
        try {
            JdkHttpTracking t = tracking;
            if (t != null) {
                t.engineHandshakeDone(engine, session);
            }
        } catch (Throwable e) {
            AgentCounters.adviceError(e);
        }
    }
}
