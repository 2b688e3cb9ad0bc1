package dev.reuseagent.instrument.urlconnection;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Clients;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ThreadState;
import dev.reuseagent.track.TransportConnect;
import dev.reuseagent.track.TransportTracker;

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

    public UrlConnectionTracking(ConnectionTracker tracker, TransportTracker transport) {
        this.tracker = tracker;
        this.transport = transport;
    }

    /** HttpClient#openServer(host, port) starts: the keep-alive cache had nothing to give. */
    public void openStarting(ThreadState state) {
        state.lastConnect = null;
        state.sslFactoryIdentity = 0;
        state.urlConnectionMissNanos = System.nanoTime();
    }

    /** HttpsClient#createSocket: remember which factory this connection comes from. */
    public void sslFactory(ThreadState state, Object factory) {
        state.sslFactoryIdentity = System.identityHashCode(factory) | 1; // never 0, which means "none"
    }

    /** HttpClient#openServer(host, port) returned: a new connection exists. */
    public void opened(ThreadState state, Object client, URL url) {
        if (url == null) {
            return;
        }
        Origin origin = Origin.of(url.getProtocol(), url.getHost(), url.getPort());
        if (!tracker.tracks(origin)) {
            return;
        }
        TransportConnect connect = state.lastConnect;
        ConnectionRecord record = tracker.opened(client, Clients.URL_CONNECTION, origin, poolId(url, state),
                state.urlConnectionMissNanos, connect == null ? 0 : connect.connectNanos(),
                connect == null ? null : connect.site(), state.threadId);
        if (connect != null && record != null) {
            transport.attribute(connect, record);
        }
    }

    static String poolId(URL url, ThreadState state) {
        // The JDK's KeepAliveKey uses url.getPort(), so http://h/ and http://h:80/ never share connections.
        String port = url.getPort() == -1 ? "implicit-port" : "explicit-port";
        String factory = state.sslFactoryIdentity == 0 ? "" : " sslfactory@"
                + Integer.toHexString(state.sslFactoryIdentity);
        return Clients.URL_CONNECTION + " keep-alive-cache " + port + factory;
    }

    /** KeepAliveCache#get handed out a cached connection. */
    public void taken(ThreadState state, Object client) {
        tracker.taken(client, state.threadId);
    }

    /**
     * The outermost HttpClient#parseHTTP ended: one exchange on the client's current connection. When the
     * response ended keep-alive (the server's Connection: close, keep-alive max, HTTP/1.0 or a body without
     * length; or http.keepAlive=false) the connection can never return to the cache: it leaves the pool now,
     * because the JDK will close its socket from the body stream without passing through closeServer.
     */
    public void exchangeDone(ThreadState state, Object client, URL url, boolean success, boolean keepingAlive) {
        ConnectionRecord record = tracker.find(client);
        if (record == null) {
            if (url == null) {
                return;
            }
            // Opened before the agent attached: from now on it is tracked as an already-used connection.
            Origin origin = Origin.of(url.getProtocol(), url.getHost(), url.getPort());
            record = tracker.adopt(client, Clients.URL_CONNECTION, origin, poolId(url, state), state.threadId);
            if (record == null) {
                return;
            }
        }
        tracker.exchangeDone(record, success);
        // With http.keepAlive=false the JDK still marks the response keep-alive but never caches it.
        if (success && (!keepingAlive || !keepAliveSwitchedOn())) {
            tracker.closed(client, keepAliveSwitchedOn() ? CloseCause.SERVER_CLOSED : CloseCause.APP_CLOSED);
        }
    }

    private static boolean keepAliveSwitchedOn() {
        return !"false".equalsIgnoreCase(System.getProperty("http.keepAlive"));
    }

    /** HttpClient#putInKeepAliveCache: the connection goes back to the pool. */
    public void returning(ThreadState state, Object client) {
        state.returningClient = client;
        tracker.returned(client);
    }

    public void returned(ThreadState state) {
        state.returningClient = null;
    }

    /** HttpClient#closeServer: the connection ends; who called decides the cause. */
    public void closing(ThreadState state, Object client) {
        ConnectionRecord record = tracker.find(client);
        if (record == null) {
            return;
        }
        CloseCause cause = UrlConnectionCloseCauses.classify(UrlConnectionCloseCauses.callers(),
                state.returningClient == client, keepAliveSwitchedOn(), record.uses() > 0);
        tracker.closed(client, cause);
    }
}
