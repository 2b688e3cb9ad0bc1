package dev.reuseagent.client.apache4;

/**
 * What the legacy API's hooks ({@link Apache4LegacyHooks}) remember on one thread between its lease and the
 * connection's opening, which DefaultRequestDirector runs after the lease, outside the connection manager: the
 * manager (or its pool) and the route leased, and when the pool had nothing to give. Held until the connection is
 * released, since a connection found stale after its lease is reopened within the same lease.
 */
final class LegacyLease {

    private static final ThreadLocal<LegacyLease> CURRENT = new ThreadLocal<>() {
        @Override
        protected LegacyLease initialValue() {
            return new LegacyLease();
        }
    };

    /** The connection manager (ThreadSafeClientConnManager: its ConnPoolByRoute) of the lease, else null. */
    Object pool;
    /** The HttpRoute leased. */
    Object route;
    /** When the lease started (nanoTime). */
    long startNanos;
    /** The miss of this lease (its start, or when it queued), for the connection it opens first; then 0. */
    long missNanos;

    static LegacyLease current() {
        return CURRENT.get();
    }

    void clear() {
        pool = null;
        route = null;
        missNanos = 0;
    }
}
