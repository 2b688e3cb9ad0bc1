package dev.reuseagent.client.apache5async;

import dev.reuseagent.client.apache.ApacheRoutes;
import dev.reuseagent.client.apache.Reflection;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportThreadState;
import dev.reuseagent.transport.TransportTracker;

/**
 * HttpClient 5.x's HTTP/2-only async client ({@code HttpAsyncClients.customHttp2()}): one {@code IOSession} per
 * connection, from the client's session pool, carrying one stream per request. The pool connects a session on the
 * thread that asked for it (the application's line is taken there); the first stream on a session is its new
 * connection (its connect claimed by the session's SocketChannel), every later stream a reused exchange. Sessions
 * are never returned nor closed here: no close causes.
 */
public final class H2Tracking {

    private final ConnectionTracker tracker;
    private final TransportTracker transport;
    private final ObjectNames poolNames = new ObjectNames(Apache5AsyncSlice.NAME + " h2 pool");
    /** By session pool: when and where it last started connecting a session. */
    private final WeakIdentityMap<Connecting> connecting = new WeakIdentityMap<>();

    public H2Tracking(ConnectionTracker tracker, TransportTracker transport) {
        this.tracker = tracker;
        this.transport = transport;
    }

    /** The session pool connects a new session: remember when and where. */
    public void connecting(Object sessionPool) {
        connecting.put(sessionPool, new Connecting(System.nanoTime(), transport.site()));
    }

    /** A stream goes out on {@code endpoint}'s session, from {@code connPool}. */
    public void executing(Object endpoint, Object connPool) {
        Object session = endpoint == null ? null : field(endpoint, "session");
        if (session == null) {
            return;
        }
        ConnectionRecord record = tracker.find(session);
        if (record == null) {
            record = opened(session, field(endpoint, "route"), connPool);
        }
        if (record != null) {
            tracker.exchangeDone(record, true);
            tracker.returned(session); // multiplexed: open to the next stream at once
        }
    }

    private ConnectionRecord opened(Object session, Object route, Object connPool) {
        Origin origin = ApacheRoutes.origin(route);
        Object sessionPool = connPool == null ? null : field(connPool, "sessionPool");
        if (!tracker.tracks(origin) || sessionPool == null) {
            return null;
        }
        Connecting c = connecting.get(sessionPool);
        TransportConnect connect = transport.claim(Apache5AsyncInternals.call(session, "channel"));
        ConnectionRecord record = tracker.opened(session, Apache5AsyncSlice.NAME, origin, poolNames.nameOf(sessionPool),
                c == null ? System.nanoTime() : c.missNanos(), connect == null ? 0 : connect.connectNanos(),
                c == null ? null : c.site(), TransportThreadState.current().threadId);
        if (connect != null && record != null) {
            transport.attribute(connect, record);
        }
        return record;
    }

    private static Object field(Object target, String name) {
        try {
            return Reflection.get(target, name);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** A session pool's latest connect: when it started, and the application's line. */
    private record Connecting(long missNanos, String site) {
    }
}
