package dev.reuseagent.client.okhttp;

import java.util.HashMap;
import java.util.Map;

/**
 * What the {@code shared-pool} repair shares among the clients of one copy of OkHttp (one class loader): the
 * JVM-wide pools, one per HTTP/2 ping interval, and the default SSL socket factory with its trust manager.
 *
 * <p>The factory is not built by the agent: it is the one the first client built without a factory made for
 * itself ({@code Platform.get().newSslSocketFactory(platformTrustManager())}, what every such client would make),
 * read back through the client's public getters. Later clients get that very instance, so OkHttp's {@code Address}
 * (which compares the factory by identity, and the certificate pinner by its chain cleaner) is equal for all of them.
 */
final class OkHttpSharedDefaults {

    /** By ping interval: a connection pings at the interval of the client that opened it. */
    private final Map<Integer, Object> pools = new HashMap<>();
    private Object sslSocketFactory;
    private Object trustManager;

    /** The shared pool for clients with this ping interval, created on first use. */
    synchronized Object pool(OkHttpBuilderApi api, Object builder, int maxIdle, long keepAliveMinutes,
            int pingIntervalMillis) throws ReflectiveOperationException {
        Object pool = pools.get(pingIntervalMillis);
        if (pool == null) {
            pool = api.newPool(builder, maxIdle, keepAliveMinutes);
            pools.put(pingIntervalMillis, pool);
        }
        return pool;
    }

    /** Whether {@code pool} is one of the shared pools (a builder copied from a client that has one). */
    synchronized boolean isShared(Object pool) {
        for (Object shared : pools.values()) {
            if (shared == pool) {
                return true;
            }
        }
        return false;
    }

    /** The default factory and trust manager, or null until a client has built them. */
    synchronized Object[] tls() {
        return sslSocketFactory == null ? null : new Object[] {sslSocketFactory, trustManager};
    }

    /** The first client built with OkHttp's default TLS offers its factory and trust manager; later offers are ignored. */
    synchronized void offerTls(Object factory, Object manager) {
        if (sslSocketFactory == null && factory != null && manager != null) {
            sslSocketFactory = factory;
            trustManager = manager;
        }
    }
}
