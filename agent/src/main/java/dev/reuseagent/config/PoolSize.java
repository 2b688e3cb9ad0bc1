package dev.reuseagent.config;

/**
 * The size of a pool that enforcement creates to share among clients: connections per route (origin) and in
 * total. Zero means "the client's own default", which is what a client built without a pool would have had.
 */
public final class PoolSize {

    public static final PoolSize CLIENT_DEFAULT = new PoolSize(0, 0);

    private final int perRoute;
    private final int total;

    public PoolSize(int perRoute, int total) {
        this.perRoute = perRoute;
        this.total = total;
    }

    /** Connections per route, or 0 for the client's default. */
    public int perRoute() {
        return perRoute;
    }

    /** Connections in total, or 0 for the client's default. */
    public int total() {
        return total;
    }

    public boolean isClientDefault() {
        return perRoute == 0 && total == 0;
    }

    @Override
    public String toString() {
        return isClientDefault() ? "client" : total == 0 ? Integer.toString(perRoute) : perRoute + "/" + total;
    }
}
