package dev.reuseagent.instrument.apache;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.track.ThreadState;
import dev.reuseagent.track.TransportConnect;
import dev.reuseagent.track.TransportTracker;
import dev.reuseagent.track.WeakIdentityMap;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What Apache HttpClient 4.5 and 5.x have in common for the tracker: a pool (one per connection manager) that
 * leases a connection per request, queues requests at its per-route or total limit, hands out idle connections
 * or creates new ones, and closes them for causes read from the caller's stack.
 *
 * <p>A lease that is not served by the thread's previous connection moves on from it: if that one is still
 * leased with its response delivered (never closed, body never read), it is abandoned and every connection
 * opened because of it is {@code body-not-consumed}.
 */
public abstract class ApacheTracking {

    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final int MAX_FRAMES = 40;

    protected final ConnectionTracker tracker;
    protected final TransportTracker transport;
    protected final boolean attached;
    private final String client;
    /** A short, stable name per pool: the first pool is {@code apache5 pool#1}. */
    private final ObjectNames poolNames;
    /** Why a connection will close, decided before it does (the reuse decision after its exchange). */
    private final WeakIdentityMap<CloseCause> pendingCauses = new WeakIdentityMap<>();

    protected ApacheTracking(ConnectionTracker tracker, TransportTracker transport, boolean attached, String client) {
        this.tracker = tracker;
        this.transport = transport;
        this.attached = attached;
        this.client = client;
        this.poolNames = new ObjectNames(client + " pool");
    }

    /** A lease for {@code route} starts on this pool. */
    protected void startLease(ThreadState state, Object pool, Object route) {
        ApacheThreadState apache = ApacheThreadState.of(state);
        state.lastConnect = null;
        apache.leaseRoute = route;
        apache.leasePool = pool;
        apache.queuedNanos = 0;
        apache.missNanos = 0;
        apache.reuseRefusedByApplication = false;
    }

    /** The lease in progress on this thread queued: the pool is at its limit for the route (or in total). */
    public void queued(ThreadState state) {
        ApacheThreadState apache = ApacheThreadState.of(state);
        if (apache.leaseRoute != null && apache.queuedNanos == 0) {
            apache.queuedNanos = System.nanoTime();
            movedOn(state);
        }
    }

    /**
     * This thread's request will not run on the connection it used last (the pool missed, queued, or handed out
     * another one): if that connection is still leased with its response delivered, it was abandoned. Not called
     * when the same connection is handed out again, so the ordinary reuse path takes no extra lock.
     */
    protected void movedOn(ThreadState state) {
        ConnectionRecord previous = state.lastRecord;
        if (previous != null) {
            state.lastRecord = null;
            tracker.movedOn(previous);
        }
    }

    /** The lease in progress ended (with a connection, or not); counts its wait if it queued. */
    protected void endLease(ApacheThreadState apache, boolean timedOut) {
        if (apache.queuedNanos != 0 && apache.leaseRoute != null) {
            Origin origin = ApacheRoutes.origin(apache.leaseRoute);
            if (origin != null) {
                tracker.leaseWaited(origin, System.nanoTime() - apache.queuedNanos, timedOut, transport.site());
            }
        }
        apache.leaseRoute = null;
        apache.leasePool = null;
    }

    /** The pool's id for the tracker; looked up only when a connection is opened or adopted. */
    protected String poolId(Object pool) {
        return poolNames.nameOf(pool);
    }

    /** A new connection {@code key} is established; claims this thread's TCP connect (and TLS handshake). */
    protected ConnectionRecord opened(ThreadState state, Object key, Origin origin, String poolId, long missNanos) {
        TransportConnect connect = state.lastConnect;
        String site = connect != null ? connect.site() : transport.site();
        ConnectionRecord record = tracker.opened(key, client, origin, poolId, missNanos,
                connect == null ? 0 : connect.connectNanos(), site, state.threadId);
        if (connect != null && record != null) {
            transport.attribute(connect, record);
        }
        state.lastRecord = record;
        return record;
    }

    /** A connection opened before the agent attached is handed out: track it from now on. */
    protected ConnectionRecord adopt(ThreadState state, Object key, Object route, Object pool) {
        Origin origin = ApacheRoutes.origin(route);
        if (origin == null || pool == null) {
            return null;
        }
        ConnectionRecord record = tracker.adopt(key, client, origin, poolId(pool), state.threadId);
        state.lastRecord = record;
        return record;
    }

    /** The pool handed out the idle connection {@code key}; null if it is not tracked. */
    protected ConnectionRecord taken(ThreadState state, Object key) {
        ConnectionRecord record = tracker.taken(key, state.threadId);
        if (record != null) {
            if (record != state.lastRecord) {
                movedOn(state);
            }
            state.lastRecord = record;
        }
        return record;
    }

    /** One request/response exchange ended on this connection. */
    protected void exchanged(ThreadState state, ConnectionRecord record, boolean success) {
        tracker.exchangeDone(record, success);
        state.lastRecord = record;
    }

    /** A proxy CONNECT starts: the request and response inside are not an exchange of the application. */
    public void notAnExchangeStarting(ThreadState state) {
        ApacheThreadState.of(state).notAnExchangeDepth++;
    }

    public void notAnExchangeEnded(ThreadState state) {
        ApacheThreadState apache = ApacheThreadState.of(state);
        apache.notAnExchangeDepth = Math.max(0, apache.notAnExchangeDepth - 1);
    }

    /** The connection went back to the pool, idle. */
    public void returned(Object key) {
        tracker.returned(key);
    }

    /** The client's reuse strategy refused to keep the connection of this thread's current exchange. */
    public void reuseRefused(ThreadState state, boolean byApplication) {
        ApacheThreadState.of(state).reuseRefusedByApplication = byApplication;
    }

    /**
     * The client marked the connection of this thread's exchange non-reusable: it closes once its response is
     * done, because the server ended keep-alive, or the request itself said {@code Connection: close}.
     */
    public void nonReusable(ThreadState state) {
        ConnectionRecord record = state.lastRecord;
        if (record == null) {
            return;
        }
        ApacheThreadState apache = ApacheThreadState.of(state);
        pendingCauses.put(record, apache.reuseRefusedByApplication ? CloseCause.APP_CLOSED : CloseCause.SERVER_CLOSED);
        apache.reuseRefusedByApplication = false;
    }

    /** Connection {@code key} is closing; {@code classifier} reads the cause from the callers when none is pending. */
    protected void closing(Object key, CauseClassifier classifier) {
        ConnectionRecord record = tracker.find(key);
        if (record == null) {
            return;
        }
        CloseCause pending = pendingCauses.remove(record);
        tracker.closed(key, pending != null ? pending : classifier.classify(callers(), record));
    }

    /** Whether the closing connection belongs to the origin the lease in progress on this thread asked for. */
    protected static boolean sameOriginAsLease(ThreadState state, ConnectionRecord record) {
        Origin lease = ApacheRoutes.origin(ApacheThreadState.of(state).leaseRoute);
        return lease == null || lease.toString().equals(record.originLabel());
    }

    /** The callers on this thread, nearest first, without the agent's and the JDK's own frames. Close paths only. */
    static List<Caller> callers() {
        return WALKER.walk(frames -> frames
                .limit(MAX_FRAMES)
                .filter(f -> !isPlumbing(f.getClassName()))
                .map(f -> new Caller(f.getClassName(), f.getMethodName()))
                .collect(Collectors.toList()));
    }

    private static boolean isPlumbing(String cls) {
        return cls.startsWith("dev.reuseagent.") || cls.startsWith("java.") || cls.startsWith("jdk.")
                || cls.startsWith("sun.");
    }

    /** One caller of a close: class and method name. */
    public record Caller(String cls, String method) {
    }

    /** Reads a close cause from the callers of a close. */
    protected interface CauseClassifier {
        CloseCause classify(List<Caller> callers, ConnectionRecord record);
    }
}
