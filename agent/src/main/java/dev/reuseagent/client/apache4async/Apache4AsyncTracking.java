package dev.reuseagent.client.apache4async;

import dev.reuseagent.client.apache.ApacheCallers;
import dev.reuseagent.client.apache.ApacheRequests;
import dev.reuseagent.client.apache.ApacheRoutes;
import dev.reuseagent.client.apache.Reflection;
import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportTracker;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns the HttpAsyncClient 4.1 hooks into connection-tracker events. The connection is the pool entry
 * ({@code CPoolEntry}); the pool is the connection manager's {@code CPool}, one per manager (so one per client
 * built without a shared manager).
 *
 * <p>A request leases on the thread that called {@code execute}: a free entry is handed out there
 * ({@code onReuse}); otherwise the pool asks the I/O reactor to connect ({@code addPending}, where the miss time and
 * the application line are taken). The reactor thread connects the SocketChannel (counted by the transport layer),
 * and an I/O dispatcher thread turns the session into the entry ({@code requestCompleted} → {@code createEntry}),
 * which claims that connect by its channel. Exchanges run on the dispatcher thread of their connection.
 */
final class Apache4AsyncTracking {

    private final ConnectionTracker tracker;
    private final TransportTracker transport;
    private final ObjectNames poolNames = new ObjectNames(Apache4AsyncSlice.NAME + " pool");
    /** The miss of each lease that queued at the pool's limit, by its callback, until a session is requested for it. */
    private final WeakIdentityMap<Miss> queuedLeases = new WeakIdentityMap<>();
    /** The miss of each session request the pool made, until its session becomes an entry. */
    private final WeakIdentityMap<Miss> misses = new WeakIdentityMap<>();
    /** The record of each tracked connection object (ManagedNHttpClientConnection), which exchanges see. */
    private final WeakIdentityMap<ConnectionRecord> byConnection = new WeakIdentityMap<>();
    /** Why a connection will close, decided before it does (the reuse decision after its response). */
    private final WeakIdentityMap<CloseCause> pendingCauses = new WeakIdentityMap<>();
    /**
     * Who holds a connection, for the tracker: one id per lease, never a thread's. An async client's requests belong
     * to no thread (one thread may have many in flight), so a connection busy "on this thread" says nothing of an
     * abandoned response: {@code body-not-consumed} is not inferred, concurrent demand is {@code pool-busy}.
     */
    private final AtomicLong leaseIds = new AtomicLong(Long.MIN_VALUE);

    Apache4AsyncTracking(ConnectionTracker tracker, TransportTracker transport) {
        this.tracker = tracker;
        this.transport = transport;
    }

    /**
     * AbstractNIOConnPool#lease enter (true: the client's own lease, a CPool, counted on this thread). A lease the pool cannot serve now queues at the pool's limit: a connection
     * released later serves it on an I/O thread, or a new one is requested there. Its miss time and the application
     * line are kept by its callback for that request from the start: an I/O thread may serve the queued lease
     * before this thread has left {@code lease} (the pool's lock is released inside it).
     */
    boolean leaseStarting(Apache4AsyncThreadState state, Object pool, Object callback) {
        if (pool == null || !pool.getClass().getName().equals(Apache4AsyncInstrumentation.CPOOL)) {
            return false;
        }
        state.leaseDepth++;
        state.leaseServed = false;
        if (callback != null) {
            queuedLeases.put(callback, new Miss(transport.site(), System.nanoTime()));
        }
        return true;
    }

    /**
     * AbstractNIOConnPool#lease exit. A lease served by a session request inside it (this thread's line is that
     * request's site) needs no queued entry; one served by a free entry, queued or failed keeps it (weakly, by its
     * callback).
     */
    void leaseEnded(Apache4AsyncThreadState state, Object callback) {
        state.leaseDepth = Math.max(0, state.leaseDepth - 1);
        if (state.leaseServed && callback != null) {
            queuedLeases.remove(callback);
        }
        state.leaseServed = false;
    }

    /**
     * RouteSpecificPool#addPending: the pool had no free connection and asked the reactor to connect. Inside a
     * lease this is the application's thread, whose line is the site; else a queued lease is served on an I/O
     * thread (another connection was released or closed), and its callback, in the lease's future, names it.
     */
    void sessionRequested(Apache4AsyncThreadState state, Object sessionRequest, Object future) {
        if (sessionRequest == null) {
            return;
        }
        Miss miss;
        if (state.leaseDepth > 0) {
            state.leaseServed = true;
            miss = new Miss(transport.site(), System.nanoTime());
        } else {
            Miss queued = queuedLeases.remove(callbackOf(future));
            miss = queued != null ? queued : new Miss(null, System.nanoTime());
        }
        misses.put(sessionRequest, miss);
    }

    /** The callback of a lease's BasicFuture (its field {@code callback}); null if unreadable. Misses only. */
    static Object callbackOf(Object future) {
        try {
            return future == null ? null : Reflection.get(future, "callback");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** An SSLIOSession was built: its engine's handshake belongs to the connect of the session's channel. */
    void sslSessionCreated(Object session, Object engine) {
        Object channel = channelOfSession(session);
        if (channel != null && engine != null) {
            transport.engines().onChannel(engine, channel);
        }
    }

    /** CPool#createEntry inside requestCompleted: the entry of a new connection, on a dispatcher thread. */
    void entryCreated(Apache4AsyncThreadState state, Object pool, Object route, Object connection, Object entry) {
        Object request = state.completing;
        Origin origin = ApacheRoutes.origin(route);
        if (request == null || entry == null || !tracker.tracks(origin)) {
            return;
        }
        Miss miss = misses.remove(request);
        TransportConnect connect = transport.claim(channelOf(request));
        String site = miss != null && miss.site != null ? miss.site : connect != null ? connect.site() : null;
        ConnectionRecord record = tracker.opened(entry, Apache4AsyncSlice.NAME, origin, poolNames.nameOf(pool),
                miss != null ? miss.nanos : System.nanoTime(), connect == null ? 0 : connect.connectNanos(), site,
                leaseIds.incrementAndGet());
        if (record != null) {
            if (connect != null) {
                transport.attribute(connect, record);
            }
            byConnection.put(connection, record);
        }
    }

    /** The SocketChannel of a completed session request ({@code getSession().channel()}); null if unreadable. */
    static Object channelOf(Object sessionRequest) {
        try {
            return channelOfSession(Reflection.call(sessionRequest, "getSession"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The SocketChannel under an IOSession (the reactor's own session, never an SSLIOSession), or null. */
    static Object channelOfSession(Object session) {
        try {
            return session == null ? null : Reflection.call(session, "channel");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** AbstractNIOConnPool#onReuse: a free entry is handed out. */
    void reused(Apache4AsyncThreadState state, Object entry) {
        state.leaseServed = true;
        tracker.taken(entry, leaseIds.incrementAndGet());
    }

    /** AbstractNIOConnPool#release(entry, reusable). */
    void released(Object entry, boolean reusable) {
        if (reusable) {
            tracker.returned(entry);
        }
    }

    /** A final response head arrived on the connection whose head the executor is handling on this thread. */
    void exchanged(Apache4AsyncThreadState state) {
        Object connection = state.headConnection;
        ConnectionRecord record = connection == null ? null : byConnection.get(connection);
        if (record != null) {
            tracker.exchangeDone(record, true);
        }
    }

    /**
     * AbstractClientExchangeHandler#manageConnectionPersistence returned false: the handler's connection closes
     * after this response, because the request said {@code Connection: close} or else the server ended keep-alive.
     * Read reflectively ({@code managedConnRef} holds a CPoolProxy, whose {@code poolEntry} is the entry): rare.
     */
    void notKeptAlive(Object connectionRef, Object context) {
        Object entry;
        try {
            Object proxy = connectionRef instanceof java.util.concurrent.atomic.AtomicReference
                    ? ((java.util.concurrent.atomic.AtomicReference<?>) connectionRef).get() : null;
            entry = proxy == null ? null : Reflection.get(proxy, "poolEntry");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return;
        }
        ConnectionRecord record = entry == null ? null : tracker.find(entry);
        if (record != null) {
            boolean byRequest = ApacheRequests.asksToClose(ApacheRequests.requestOfContext(context));
            pendingCauses.put(record, byRequest ? CloseCause.APP_CLOSED : CloseCause.SERVER_CLOSED);
        }
    }

    /** CPoolEntry#closeConnection / #shutdownConnection. */
    void closing(Object entry) {
        ConnectionRecord record = tracker.find(entry);
        if (record == null) {
            return;
        }
        CloseCause pending = pendingCauses.remove(record);
        tracker.closed(entry, pending != null ? pending
                : Apache4AsyncCloseCauses.classify(ApacheCallers.nearest(), Apache4AsyncCloseCauses.closedOrExpired(entry)));
    }

    /** What the pool's miss left for the new connection: the application line (or null) and when it missed. */
    private static final class Miss {
        final String site;
        final long nanos;

        Miss(String site, long nanos) {
            this.site = site;
            this.nanos = nanos;
        }
    }
}
