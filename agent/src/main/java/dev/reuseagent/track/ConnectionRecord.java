package dev.reuseagent.track;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Reason;

/**
 * One physical connection as the agent sees it. Mutable, guarded by its {@link PoolOriginState}'s lock, except
 * the fields written once before the record is published.
 */
public final class ConnectionRecord {

    enum State { BUSY, IDLE, CLOSED }

    final long id;
    final String client;
    final PoolOriginState pool;
    final OriginStats stats;
    final Reason reason;
    final String site;
    final long openedNanos;
    final long connectNanos;

    /** This origin's counter for this client, resolved once so the reused path does no lookup. */
    java.util.concurrent.atomic.LongAdder clientCounter;

    // Written under the pool's lock.
    State state = State.BUSY;
    long busyThread;
    /** Busy with its response delivered, while the thread that holds it went on to another request. */
    boolean abandoned;
    long idleSinceNanos;
    long uses;
    /** {@code uses} when the pool last handed it out: more since then means this exchange's head arrived. */
    long usesAtTake;
    /** The use whose exchange failed (0: none): counted once, and it makes the connection's close {@code failed}. */
    long failedUse;
    /** How many times a pool handed it out: tells a return that completes after another thread took it. */
    long takes;
    boolean announced;
    CloseCause closeCause;

    /**
     * The enforcement repair that kept this connection alive since its last use ({@code drain}), or null: shown on
     * its next reused event, then cleared.
     */
    volatile String keptBy;

    // Written by the TLS hook: for blocking clients before the first exchange; for async ones (an SSLEngine
    // driven by an I/O thread) possibly after the opening was announced, see attachTls.
    volatile String tls;
    volatile long tlsNanos;
    /** The origin's counters took this connection's opening (under the OriginStats lock). */
    boolean countedNew;

    ConnectionRecord(long id, String client, PoolOriginState pool, OriginStats stats, Reason reason, String site,
            long openedNanos, long connectNanos) {
        this.id = id;
        this.client = client;
        this.pool = pool;
        this.stats = stats;
        this.reason = reason;
        this.site = site;
        this.openedNanos = openedNanos;
        this.connectNanos = connectNanos;
    }

    /** The repair that kept this connection alive for the reuse being reported, or null. */
    public String keptBy() {
        return keptBy;
    }

    public long id() {
        return id;
    }

    public String client() {
        return client;
    }

    /** The origin as reported: "other" once the registry is full. */
    public String originLabel() {
        return stats.label();
    }

    public Reason reason() {
        return reason;
    }

    public String site() {
        return site;
    }

    public long connectNanos() {
        return connectNanos;
    }

    /** "full", "resumed" or null for plain connections. */
    public String tls() {
        return tls;
    }

    public long tlsNanos() {
        return tlsNanos;
    }

    public long uses() {
        return uses;
    }

    public CloseCause closeCause() {
        return closeCause;
    }

    /**
     * The TLS handshake of this connection ended. An async client may announce the opening before its I/O thread
     * finished the handshake: then the origin's counters get the handshake now, so they count each one once.
     */
    public void attachTls(boolean resumed, long nanos) {
        synchronized (stats) {
            if (tls != null) {
                return;
            }
            tlsNanos = nanos;
            tls = resumed ? "resumed" : "full";
            if (countedNew) {
                stats.recordTls(resumed, nanos);
            }
        }
    }
}
