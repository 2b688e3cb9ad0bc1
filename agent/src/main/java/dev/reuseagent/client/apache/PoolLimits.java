package dev.reuseagent.client.apache;

import dev.reuseagent.config.PoolSize;

/**
 * A shared manager's limits, through the methods both versions' {@code PoolingHttpClientConnectionManager} (and
 * 4.5's {@code CPool}) have: {@code getDefaultMaxPerRoute}/{@code setDefaultMaxPerRoute},
 * {@code getMaxTotal}/{@code setMaxTotal}, {@code getStats(route)} and {@code getTotalStats()} (a
 * {@code PoolStats} with {@code getLeased}, {@code getAvailable}, {@code getMax}).
 */
public final class PoolLimits {

    private PoolLimits() {
    }

    /** The limits text of the log line: {@code 2 per route, 20 in total}. */
    public static String limits(Object manager) throws ReflectiveOperationException {
        return Reflection.call(manager, "getDefaultMaxPerRoute") + " per route, "
                + Reflection.call(manager, "getMaxTotal") + " in total";
    }

    /**
     * Applies {@code enforcePoolSize} to a shared manager whose limits the builder left at the library's defaults:
     * per route and total as configured (a total of 0 keeps the default, raised to the per-route limit if below).
     */
    public static void applyPoolSize(PoolSize size, Object manager, boolean perRouteSet, boolean totalSet)
            throws ReflectiveOperationException {
        int perRoute = size.perRoute();
        int total = size.total();
        if (perRoute > 0 && !perRouteSet) {
            Reflection.method(manager.getClass(), "setDefaultMaxPerRoute", int.class).invoke(manager, perRoute);
        }
        if (!totalSet) {
            int current = (Integer) Reflection.call(manager, "getMaxTotal");
            int wanted = total > 0 ? total : Math.max(current, perRouteSet ? 0 : perRoute);
            if (wanted != current) {
                Reflection.method(manager.getClass(), "setMaxTotal", int.class).invoke(manager, wanted);
            }
        }
    }

    /** Whether {@code pool} has no connection to give for {@code route} without waiting. */
    static boolean isFull(Object pool, Object route) throws ReflectiveOperationException {
        return isFull(Reflection.method(pool.getClass(), "getStats", Object.class).invoke(pool, route))
                || isFull(Reflection.call(pool, "getTotalStats"));
    }

    private static boolean isFull(Object stats) throws ReflectiveOperationException {
        return (Integer) Reflection.call(stats, "getAvailable") == 0
                && (Integer) Reflection.call(stats, "getLeased") >= (Integer) Reflection.call(stats, "getMax");
    }
}
