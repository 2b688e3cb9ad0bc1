package dev.reuseagent.client.urlconnection;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportTracker;

import java.net.URL;

/**
 * Turns the JDK HttpURLConnection hooks into connection-tracker events. One {@code sun.net.www.http.HttpClient}
 * object is one connection at a time (a silent retry reopens a new socket on the same object), so it is the key.
 *
 * <p>The pool is the JVM-wide keep-alive cache, keyed further by whether the URL named its port and, for HTTPS,
 * by the identity of the SSLSocketFactory: a new factory per request is a new pool, hence {@code new-client}.
 */
public final class UrlConnectionTracking {

    private final ConnectionTracker tracker;
    private final TransportTracker transport;
    private final boolean attached;
    /** Clients whose origin is filtered out (only needed when adopting, i.e. after an attach). */
    private final WeakIdentityMap<Boolean> ignored = new WeakIdentityMap<>();
    private volatile Boolean keepAliveProperty;
    /** Connections whose last request said {@code Connection: close}, while the JDK still caches them. */
    private final WeakIdentityMap<Boolean> closeRequested = new WeakIdentityMap<>();
    /** Whether any request ever did: until then the reuse path never touches {@link #closeRequested}. */
    private volatile boolean anyCloseRequested;
    /** Exchanges and connections that failed on the wire. */
    final UrlConnectionFailures failures;
    /**
     * The keep-alive cache keeps an idle connection whole seconds (the server's {@code Keep-Alive: timeout}, else
     * {@code http.keepAlive.time.server}/{@code .proxy}, else 5 or 60); a timeout of 0 is never cached at all.
     * KeepAliveCache#put in OpenJDK 17 and 25.
     */
    static final long SHORTEST_KEEP_ALIVE_NANOS = 1_000_000_000L;

    /**
     * @param attached the agent was attached to a running JVM: connections it did not see open are adopted at
     *                 their next successful exchange. Started with the JVM, every connection's opening is seen.
     */
    public UrlConnectionTracking(ConnectionTracker tracker, TransportTracker transport, boolean attached) {
        this.tracker = tracker;
        this.transport = transport;
        this.failures = new UrlConnectionFailures(tracker);
        this.attached = attached;
        tracker.idleExpiresAfterAtLeast(UrlConnectionSlice.NAME, SHORTEST_KEEP_ALIVE_NANOS);
    }

    /** KeepAliveCache#get(url, key) starts: a miss is dated from here, before the look-up waits for the lock. */
    void cacheLookingUp(UrlConnectionThreadState state) {
        state.lookupNanos = System.nanoTime();
    }

    /**
     * KeepAliveCache#get(url, key) returned: a cached connection (now busy), or a miss. The miss is the moment
     * the pool had nothing to give, and {@code key} is exactly the JDK's pool key (the SSLSocketFactory, or null).
     */
    void cacheLookedUp(UrlConnectionThreadState state, Object client, Object url, Object poolKey) {
        ConnectionRecord previous = state.lastRecord;
        // The keep-alive cache is shared by every thread: once another thread has taken this thread's last
        // connection from it, that connection is busy for the other thread, not abandoned by this one.
        if (client != null) {
            ConnectionRecord record = tracker.taken(client, state.thread.threadId);
            if (record != previous) {
                tracker.movedOn(previous, state.thread.threadId);
            }
            state.lastRecord = record;
            return;
        }
        tracker.movedOn(previous, state.thread.threadId);
        state.cacheMissNanos = state.lookupNanos != 0 ? state.lookupNanos : System.nanoTime();
        state.cacheMissUrl = System.identityHashCode(url);
        state.cacheMissKey = poolKey == null ? 0 : System.identityHashCode(poolKey) | 1;
        state.cacheMissValid = true;
    }

    /** HttpClient#openServer(host, port) starts: a new connection is being made. */
    void openStarting(UrlConnectionThreadState state) {
        failingEnded(state, null); // parseHTTP's silent retry reconnects: what failed was no timeout
        state.thread.lastConnect = null;
        state.sslFactoryIdentity = 0;
        state.missNanos = System.nanoTime();
    }

    /** HttpsClient#createSocket: remember which factory this connection comes from. */
    void sslFactory(UrlConnectionThreadState state, Object factory) {
        state.sslFactoryIdentity = System.identityHashCode(factory) | 1; // never 0, which means "none"
    }

    /** HttpClient#openServer(host, port) returned: a new connection exists. */
    void opened(UrlConnectionThreadState state, Object client, URL url) {
        if (url == null) {
            return;
        }
        // The cache miss of this very request, when it went through the cache (not for silent retries).
        boolean fromMiss = state.cacheMissValid && state.cacheMissUrl == System.identityHashCode(url);
        state.cacheMissValid = false;
        long missNanos = fromMiss ? state.cacheMissNanos : state.missNanos;
        if (state.sslFactoryIdentity == 0 && fromMiss) {
            state.sslFactoryIdentity = state.cacheMissKey; // via a proxy, createSocket is not called
        }
        Origin origin = Origin.of(url.getProtocol(), url.getHost(), url.getPort());
        if (!tracker.tracks(origin)) {
            if (attached) {
                ignored.put(client, Boolean.TRUE);
            }
            return;
        }
        TransportConnect connect = state.thread.lastConnect;
        ConnectionRecord record = tracker.opened(client, UrlConnectionSlice.NAME, origin, poolId(url, state),
                missNanos, connect == null ? 0 : connect.connectNanos(),
                connect == null ? null : connect.site(), state.thread.threadId);
        if (connect != null && record != null) {
            transport.attribute(connect, record);
        }
        state.lastRecord = record;
    }

    static String poolId(URL url, UrlConnectionThreadState state) {
        // The JDK's KeepAliveKey uses url.getPort(), so http://h/ and http://h:80/ never share connections.
        String port = url.getPort() == -1 ? "implicit-port" : "explicit-port";
        String factory = state.sslFactoryIdentity == 0 ? "" : " sslfactory@"
                + Integer.toHexString(state.sslFactoryIdentity);
        return UrlConnectionSlice.NAME + " keep-alive-cache " + port + factory;
    }

    /**
     * The outermost HttpClient#parseHTTP ended: one exchange on the client's current connection. When the
     * response ended keep-alive (the server's Connection: close, keep-alive max, HTTP/1.0 or a body without
     * length; or http.keepAlive=false) the connection can never return to the cache: it leaves the pool now,
     * because the JDK will close its socket from the body stream without passing through closeServer.
     * {@code requestSaidClose}: the application's request carried {@code Connection: close}.
     */
    void exchangeExited(UrlConnectionThreadState state, Object client, URL url, Throwable thrown,
            boolean keepingAlive, boolean requestSaidClose) {
        failingEnded(state, thrown);
        if (state.notAnExchangeDepth == 0 && state.exchangeDepth > 0 && --state.exchangeDepth == 0) {
            exchangeDone(state, client, url, thrown == null, keepingAlive, requestSaidClose);
        }
    }

    /**
     * Ends the connection parseHTTP closed while failing ({@link #closing}), with the cause what it threw says
     * ({@link UrlConnectionFailures#failedBeforeAnswer}).
     *
     * @param thrown what parseHTTP threw, or null when it retries (which it does for no timeout)
     */
    private void failingEnded(UrlConnectionThreadState state, Throwable thrown) {
        ConnectionRecord record = state.failing;
        Object client = state.failingClient;
        if (record == null) {
            return;
        }
        state.failing = null;
        state.failingClient = null;
        tracker.closed(client, asRequested(client, failures.failedBeforeAnswer(record, thrown)));
    }

    void exchangeDone(UrlConnectionThreadState state, Object client, URL url, boolean success, boolean keepingAlive) {
        exchangeDone(state, client, url, success, keepingAlive, false);
    }

    void exchangeDone(UrlConnectionThreadState state, Object client, URL url, boolean success, boolean keepingAlive,
            boolean requestSaidClose) {
        ConnectionRecord record = tracker.find(client);
        if (record == null) {
            // Unknown: already closed by the JDK before this failed exchange ended, filtered out, or (only after
            // an attach) opened before the agent arrived.
            if (!attached || !success || url == null || ignored.get(client) != null) {
                return;
            }
            // Opened before the agent attached: from now on it is tracked as an already-used connection.
            Origin origin = Origin.of(url.getProtocol(), url.getHost(), url.getPort());
            record = tracker.adopt(client, UrlConnectionSlice.NAME, origin, poolId(url, state), state.thread.threadId);
            if (record == null) {
                ignored.put(client, Boolean.TRUE);
                return;
            }
        }
        tracker.exchangeDone(record, success);
        // With http.keepAlive=false the JDK still marks the response keep-alive but never caches it.
        if (success && (!keepingAlive || !keepAliveSwitchedOn())) {
            boolean byApplication = requestSaidClose || !keepAliveSwitchedOn();
            tracker.closed(client, byApplication ? CloseCause.APP_CLOSED : CloseCause.SERVER_CLOSED);
        } else if (success && requestSaidClose) {
            // The JDK never reads its own request header and caches the connection; the server ends it, often
            // silently, and the next request finds it dead (stale). Either way it is the application's choice.
            closeRequested.put(client, Boolean.TRUE);
            anyCloseRequested = true;
        } else if (anyCloseRequested) {
            closeRequested.remove(client); // the server kept it anyway and it served another request
        }
    }

    /**
     * Whether {@code request}, the HttpURLConnection of an exchange, sent {@code Connection: close}: the header as
     * the request carries it (the application's own, or the JDK's with {@code http.keepAlive=false}). Read
     * through the public API, which never returns credentials.
     */
    static boolean requestSaysClose(Object request) {
        return request instanceof java.net.HttpURLConnection
                && "close".equalsIgnoreCase(((java.net.HttpURLConnection) request).getRequestProperty("Connection"));
    }

    /**
     * {@code http.keepAlive} as the JDK reads it: once (in HttpClient's class initialiser, which has run by the
     * time any hook fires), with Boolean.parseBoolean, default true.
     */
    private boolean keepAliveSwitchedOn() {
        Boolean value = keepAliveProperty;
        if (value == null) {
            String property = System.getProperty("http.keepAlive");
            value = property == null || Boolean.parseBoolean(property);
            keepAliveProperty = value;
        }
        return value;
    }

    /**
     * HttpClient#putInKeepAliveCache starts: the connection goes back to the pool. It is idle only once the put
     * is done: under load the put waits for the cache's lock, and a thread that misses meanwhile must not read it
     * as an idle connection the cache passed over (idle-timeout).
     */
    void returning(UrlConnectionThreadState state, Object client) {
        state.returningClient = client;
        state.returningMark = tracker.returning(client);
    }

    /** HttpClient#putInKeepAliveCache ended: idle now, unless another thread already took it from the cache. */
    void returned(UrlConnectionThreadState state) {
        Object client = state.returningClient;
        state.returningClient = null;
        if (client != null && state.returningMark != -1) {
            tracker.returned(client, state.returningMark);
        }
    }

    /** HttpClient#closeServer: the connection ends; who called decides the cause. */
    void closing(UrlConnectionThreadState state, Object client) {
        ConnectionRecord record = tracker.find(client);
        if (record == null) {
            return;
        }
        if (state.exchangeDepth > 0 && state.notAnExchangeDepth == 0 && state.failing == null) {
            state.failing = record; // parseHTTP is failing: how it ends decides the cause (failingEnded)
            state.failingClient = client;
            return;
        }
        CloseCause cause = UrlConnectionCloseCauses.classify(UrlConnectionCloseCauses.callers(),
                state.returningClient == client, keepAliveSwitchedOn(), record.uses() > 0);
        if (cause == CloseCause.FAILED) {
            tracker.failures().exchangeFailed(record);
        }
        tracker.closed(client, asRequested(client, cause));
    }

    /**
     * {@code cause}, unless the connection's last request said {@code Connection: close} and the server then ended
     * it (at once, or silently so that the next use finds it dead): then the server did what the application
     * asked, {@code app-closed}.
     */
    private CloseCause asRequested(Object client, CloseCause cause) {
        if (anyCloseRequested && closeRequested.remove(client) != null
                && (cause == CloseCause.STALE || cause == CloseCause.SERVER_CLOSED)) {
            return CloseCause.APP_CLOSED;
        }
        return cause;
    }
}
