package dev.reuseagent.track;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.model.Reason;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The life of every connection an HTTP client opens: opened (with the inferred reason), taken from the pool,
 * used by an exchange, returned idle, closed (with its cause). Keyed by the client library's own connection
 * object, compared by identity and held weakly. Knows nothing of any particular library, so the reason logic
 * can be tested as plain event sequences.
 */
public final class ConnectionTracker {

    private final EventSink sink;
    private final HostFilter filter;
    private final LongSupplier clock;
    private final BoundedRegistry<OriginStats> origins;
    private final ConnectionAnnouncer announcer;
    /**
     * A connection object collected without a close has its record closed by the map's listener, the announcer:
     * busy after an exchange, its response was dropped unread (the body pinned it); idle, the application dropped
     * its whole client or pool without shutting it down.
     */
    private final WeakIdentityMap<ConnectionRecord> connections;
    private final AtomicLong ids = new AtomicLong();
    private final PoolStates pools = new PoolStates();
    private final ExchangeFailures failures = new ExchangeFailures(this);
    private final ConnectionFailures failedConnections;

    /** A tracker on {@link System#nanoTime()}. */
    public ConnectionTracker(EventSink sink, HostFilter filter, int maxOrigins) {
        this(sink, filter, maxOrigins, new NanoClock());
    }

    public ConnectionTracker(EventSink sink, HostFilter filter, int maxOrigins, LongSupplier clock) {
        this.sink = sink;
        this.filter = filter;
        this.clock = clock;
        this.origins = new BoundedRegistry<>(maxOrigins, new OriginStats(null, BoundedRegistry.OTHER));
        this.announcer = new ConnectionAnnouncer(sink, clock);
        this.connections = new WeakIdentityMap<>(announcer);
        this.failedConnections = new ConnectionFailures(this, sink);
    }

    /** Whether connections to this host are reported at all (include/exclude). */
    public boolean tracks(Origin origin) {
        return origin != null && filter.accepts(origin.host());
    }

    /**
     * A client opened a new connection after its pool had none to give at {@code missNanos}.
     *
     * @return the record, or null when the origin is filtered out
     */
    public ConnectionRecord opened(Object key, String client, Origin origin, String poolId, long missNanos,
            long connectNanos, String site, long thread) {
        return register(key, client, origin, poolId, thread, false, missNanos, connectNanos, site);
    }

    /** Exchanges that failed on the wire: counted apart, and the connections they end close as {@code failed}. */
    public ExchangeFailures failures() {
        return failures;
    }

    /** Connections that failed before carrying an exchange (a TLS handshake failed): never new ones. */
    public ConnectionFailures failedConnections() {
        return failedConnections;
    }

    /** Drops the record of a connection object without a close: it never was a connection. */
    void forget(Object key) {
        connections.remove(key);
    }

    /**
     * No pool of {@code client} expires an idle connection sooner than {@code nanos}. A connection idle for less at
     * a miss was not passed over as expired: the agent's view of a pool runs a moment behind the pool's own, and
     * under load another thread has taken it, or is evicting it, without the tracker knowing yet.
     */
    public void idleExpiresAfterAtLeast(String client, long nanos) {
        pools.idleExpiresAfterAtLeast(client, nanos);
    }

    /** The record for a connection object, or null if its opening was not seen and it was not adopted. */
    public ConnectionRecord find(Object key) {
        return connections.get(key);
    }

    /**
     * A connection in use whose opening the agent did not see (it attached to a running JVM): track it from now
     * on as an already-used connection.
     */
    public ConnectionRecord adopt(Object key, String client, Origin origin, String poolId, long thread) {
        return register(key, client, origin, poolId, thread, true, 0, 0, null);
    }

    private ConnectionRecord register(Object key, String client, Origin origin, String poolId, long thread,
            boolean adopted, long missNanos, long connectNanos, String site) {
        if (!tracks(origin)) {
            return null;
        }
        OriginStats stats = stats(origin);
        PoolOriginState pool = pools.of(poolId, stats);
        ConnectionRecord record;
        synchronized (pool) {
            Reason reason = adopted ? Reason.UNKNOWN
                    : pool.infer(stats.everConnected, missNanos, thread, pools.shortestIdleExpiry(client));
            record = new ConnectionRecord(ids.incrementAndGet(), client, pool, stats, reason, site, clock.getAsLong(),
                    connectNanos);
            record.busyThread = thread;
            record.clientCounter = stats.clientCounter(client);
            if (adopted) {
                record.uses = 1; // its first exchange happened before the agent arrived
                record.announced = true;
            }
            pool.add(record);
            stats.everConnected = true;
        }
        if (connections.get(key) != null) {
            closed(key, CloseCause.UNKNOWN);
        }
        connections.put(key, record);
        return record;
    }

    /**
     * A request waited {@code nanos} for a connection from a bounded pool (it queued at the pool's limit), and
     * got one or, {@code timedOut}, gave up. {@code site} is the application line that waited, or null.
     */
    public void leaseWaited(Origin origin, long nanos, boolean timedOut, String site) {
        if (!tracks(origin)) {
            return;
        }
        OriginStats stats = stats(origin);
        stats.leaseWaits.record(nanos, timedOut, site);
    }

    /** The pool handed out this connection: it is busy on {@code thread}. @return its record, or null */
    public ConnectionRecord taken(Object key, long thread) {
        ConnectionRecord c = connections.get(key);
        if (c != null) {
            PoolHandOffs.taken(c, thread);
        }
        return c;
    }

    /**
     * {@code thread} goes on to another request while its last connection {@code previous} may still hold a
     * response: if it does, the response was abandoned ({@link PoolHandOffs#movedOn}).
     */
    public void movedOn(ConnectionRecord previous, long thread) {
        if (previous != null) {
            PoolHandOffs.movedOn(previous, thread);
        }
    }

    /**
     * An enforcement repair kept this connection alive (say, drained its unread body) where the client would have
     * closed it: its next reused event says so ({@code kept-by=drain}), so its history stays true.
     */
    public void keptAlive(Object key, String repair) {
        ConnectionRecord c = connections.get(key);
        if (c != null) {
            c.keptBy = repair;
        }
    }

    /**
     * An exchange was sent on this connection and ended: with its response head ({@code success}), or in an error
     * before it (then the connection's close is {@code failed}; {@link ExchangeFailures} for one that fails
     * later). Both are requests, as the server received them; the failed ones are also counted apart.
     */
    public void exchangeDone(ConnectionRecord c, boolean success) {
        boolean first;
        synchronized (c.pool) {
            first = c.uses == 0;
            c.uses++;
            if (!success) {
                c.failedUse = c.uses;
            }
        }
        if (first) {
            announcer.announce(c);
        }
        c.stats.requests.increment();
        c.clientCounter.increment();
        if (!success) {
            c.stats.failedExchanges.increment();
        }
        if (!first) {
            c.stats.reused.increment();
            if (sink.wantsReused()) {
                sink.reused(c, idleSinceLastUse(c));
            }
            if (c.keptBy != null) {
                c.keptBy = null;
            }
        }
    }

    private long idleSinceLastUse(ConnectionRecord c) {
        long idleSince = c.idleSinceNanos;
        return idleSince == 0 ? 0 : Math.max(0, clock.getAsLong() - idleSince);
    }

    /** The connection went back to the pool, idle. */
    public void returned(Object key) {
        returned(key, -1);
    }

    /**
     * The connection is being put back into its pool, for a client whose pool another thread may take it from
     * before the put returns. Until {@link #returned(Object, long)} it stays busy: a miss on another thread while
     * the put waits for the pool's lock did not pass over an idle connection.
     *
     * @return the mark to pass to {@link #returned(Object, long)}, or -1 if the connection is not tracked
     */
    public long returning(Object key) {
        ConnectionRecord c = connections.get(key);
        return c == null ? -1 : PoolHandOffs.returning(c);
    }

    /** The put {@link #returning(Object)} marked is done: idle now, unless another thread took it since. */
    public void returned(Object key, long mark) {
        ConnectionRecord c = connections.get(key);
        if (c != null) {
            PoolHandOffs.returned(c, mark, clock.getAsLong());
        }
    }

    /** The connection ended; the cause becomes the pool's memory for its next new connection to the origin. */
    public void closed(Object key, CloseCause cause) {
        ConnectionRecord c = connections.remove(key);
        if (c != null) {
            announcer.close(c, ExchangeFailures.endedByFailure(c) ? CloseCause.FAILED : cause);
        }
    }

    /** Reports connections opened but not yet used, so that a summary counts every connect it attributed. */
    /** A TCP connect no client claimed: announced with the next connection id (its {@code #N}). */
    public void unknownConnect(String endpoint, String site, long connectNanos) {
        sink.unknownConnect(new UnknownConnect(ids.incrementAndGet(), endpoint, site, connectNanos));
    }

    public void announcePending() {
        for (ConnectionRecord c : pools.live()) {
            announcer.announce(c);
        }
    }

    OriginStats stats(Origin origin) {
        String label = origin.toString();
        OriginStats stats = origins.find(label);
        return stats != null ? stats : origins.add(label, new OriginStats(origin, label));
    }

    /** How many pool states are remembered (bounded by {@link PoolStates#MAX}). */
    int poolCount() {
        return pools.size();
    }

    public List<OriginStats> origins() {
        List<OriginStats> all = origins.values();
        all.add(origins.other());
        return all;
    }
}
