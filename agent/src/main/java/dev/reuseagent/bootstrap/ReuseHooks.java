package dev.reuseagent.bootstrap;

import dev.reuseagent.instrument.urlconnection.UrlConnectionTracking;
import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.ThreadState;
import dev.reuseagent.track.TransportTracker;

import java.net.InetSocketAddress;
import java.net.URL;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * The only class advice calls. Advice is inlined into JDK classes (java.base), so everything here takes JDK
 * types only, is static, and never throws: every error is swallowed and counted. Until the agent has started
 * (or when it is disabled) the trackers are null and every hook returns at once.
 */
public final class ReuseHooks {

    private static volatile TransportTracker transport;
    private static volatile UrlConnectionTracking urlConnection;

    private ReuseHooks() {
    }

    /** Wires the hooks to the trackers; called once by the agent at start. */
    public static void install(TransportTracker transportTracker, UrlConnectionTracking urlConnectionTracking) {
        transport = transportTracker;
        urlConnection = urlConnectionTracking;
    }

    /** Advice exception handler target: an error thrown inside advice itself. */
    public static void adviceError(Throwable t) {
        AgentCounters.adviceError(t);
    }

    // ---- TCP connect: java.net.Socket, sun.nio.ch.SocketChannelImpl ----

    public static long connectEnter() {
        try {
            if (transport != null) {
                ThreadState.current().connectDepth++;
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
        return System.nanoTime();
    }

    public static void connectExit(Object socket, Object target, long startNanos, Throwable thrown) {
        try {
            TransportTracker tracker = transport;
            if (tracker == null) {
                return;
            }
            ThreadState state = ThreadState.current();
            if (--state.connectDepth == 0 && target instanceof InetSocketAddress) {
                tracker.connected(socket, (InetSocketAddress) target, System.nanoTime() - startNanos,
                        thrown == null);
            }
            if (state.connectDepth < 0) {
                state.connectDepth = 0; // the agent started while a connect was in progress
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    /** SocketChannelImpl#connect: true when connected now, false when a non-blocking connect is pending. */
    public static void channelConnectExit(Object channel, Object target, long startNanos, boolean connected,
            Throwable thrown) {
        try {
            TransportTracker tracker = transport;
            if (tracker == null) {
                return;
            }
            ThreadState state = ThreadState.current();
            if (--state.connectDepth == 0 && target instanceof InetSocketAddress) {
                InetSocketAddress address = (InetSocketAddress) target;
                if (thrown != null || connected) {
                    tracker.connected(channel, address, System.nanoTime() - startNanos, thrown == null);
                } else {
                    tracker.connectPending(channel, address, startNanos);
                }
            }
            if (state.connectDepth < 0) {
                state.connectDepth = 0;
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    public static void channelFinishConnectExit(Object channel, boolean connected, Throwable thrown) {
        try {
            TransportTracker tracker = transport;
            if (tracker != null) {
                tracker.connectFinished(channel, connected, thrown != null, System.nanoTime());
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    // ---- TLS: sun.security.ssl.SSLSocketImpl#startHandshake(boolean) ----

    public static long tlsEnter() {
        try {
            if (transport != null) {
                ThreadState.current().tlsStartMillis = System.currentTimeMillis();
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
        return System.nanoTime();
    }

    public static void tlsExit(Object socket, long startNanos, Throwable thrown) {
        try {
            TransportTracker tracker = transport;
            if (tracker == null || thrown != null || !(socket instanceof SSLSocket)
                    || !((SSLSocket) socket).getUseClientMode()) {
                return;
            }
            long nanos = System.nanoTime() - startNanos;
            SSLSocket ssl = (SSLSocket) socket;
            SSLSession session = ssl.getSession();
            // No public "resumed" flag: a session created before this handshake began was resumed.
            boolean resumed = session.getCreationTime() < ThreadState.current().tlsStartMillis;
            tracker.handshake(socket, ssl.getInetAddress(), ssl.getPort(), resumed, nanos);
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    // ---- HttpURLConnection: sun.net.www.http.HttpClient, HttpsClient, KeepAliveCache ----

    public static void urlConnectionOpenEnter() {
        try {
            UrlConnectionTracking hooks = urlConnection;
            if (hooks != null) {
                hooks.openStarting(ThreadState.current());
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    public static void urlConnectionSslFactory(Object factory) {
        try {
            UrlConnectionTracking hooks = urlConnection;
            if (hooks != null && factory != null) {
                hooks.sslFactory(ThreadState.current(), factory);
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    public static void urlConnectionOpenExit(Object client, Object url, Throwable thrown) {
        try {
            UrlConnectionTracking hooks = urlConnection;
            if (hooks != null && thrown == null && url instanceof URL) {
                hooks.opened(ThreadState.current(), client, (URL) url);
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    public static void urlConnectionCacheLookup(Object client, Object url, Object poolKey) {
        try {
            UrlConnectionTracking hooks = urlConnection;
            if (hooks != null) {
                hooks.cacheLookedUp(ThreadState.current(), client, url, poolKey);
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    /** A proxy CONNECT or a 100-continue wait: the response heads read inside are not exchanges. */
    public static void urlConnectionNotAnExchangeEnter() {
        try {
            if (urlConnection != null) {
                ThreadState.current().notAnExchangeDepth++;
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    public static void urlConnectionNotAnExchangeExit() {
        try {
            if (urlConnection != null) {
                ThreadState state = ThreadState.current();
                state.notAnExchangeDepth = Math.max(0, state.notAnExchangeDepth - 1);
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    public static void urlConnectionExchangeEnter() {
        try {
            if (urlConnection != null) {
                ThreadState state = ThreadState.current();
                if (state.notAnExchangeDepth == 0) {
                    state.urlConnectionDepth++;
                }
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    public static void urlConnectionExchangeExit(Object client, Object url, boolean keepingAlive,
            Throwable thrown) {
        try {
            UrlConnectionTracking hooks = urlConnection;
            if (hooks == null) {
                return;
            }
            ThreadState state = ThreadState.current();
            if (state.notAnExchangeDepth == 0 && state.urlConnectionDepth > 0 && --state.urlConnectionDepth == 0) {
                hooks.exchangeDone(state, client, url instanceof URL ? (URL) url : null, thrown == null,
                        keepingAlive);
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    public static void urlConnectionReturning(Object client) {
        try {
            UrlConnectionTracking hooks = urlConnection;
            if (hooks != null) {
                hooks.returning(ThreadState.current(), client);
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    public static void urlConnectionReturned() {
        try {
            UrlConnectionTracking hooks = urlConnection;
            if (hooks != null) {
                hooks.returned(ThreadState.current());
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }

    public static void urlConnectionClosing(Object client) {
        try {
            UrlConnectionTracking hooks = urlConnection;
            if (hooks != null) {
                hooks.closing(ThreadState.current(), client);
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
        }
    }
}
