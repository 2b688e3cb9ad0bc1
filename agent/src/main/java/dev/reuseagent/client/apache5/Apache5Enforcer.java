package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache.ApacheEnforcer;
import dev.reuseagent.client.apache.ApacheThreadState;
import dev.reuseagent.client.apache.ManagerKey;
import dev.reuseagent.client.apache.PoolLimits;
import dev.reuseagent.client.apache.Reflection;
import dev.reuseagent.client.apache.SharedManagers.Shared;
import dev.reuseagent.enforce.Enforcement;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code shared-manager} repair for Apache HttpClient 5.x classic (verified against httpclient5 5.5.1,
 * {@code HttpClientBuilder#build()}, lines 844-851 and 1087-1106 of its source): without a connection manager,
 * build() makes {@code PoolingHttpClientConnectionManagerBuilder.create()[.useSystemProperties()].build()}, the
 * only builder setting that reaches the manager being {@code systemProperties} (which makes the manager's TLS
 * strategy read {@code https.protocols} and {@code https.cipherSuites} at build time). Everything else a 5.x
 * manager is configured with (TLS, socket and connection configs, pool limits, DNS) is set on a manager builder,
 * i.e. on a manager the application gives the client, which is never merged. Unless {@code connManagerShared},
 * build() registers the manager among the client's closeables (closed by {@code close()}) and, with
 * {@code evictExpiredConnections()} / {@code evictIdleConnections(..)}, starts an {@code IdleConnectionEvictor};
 * the template build that makes a shared manager runs unshared, so a key with eviction gets one evictor (a daemon
 * thread, "idle-connection-evictor") for its shared manager.
 */
final class Apache5Enforcer extends ApacheEnforcer {

    static final String BUILDER = "org.apache.hc.client5.http.impl.classic.HttpClientBuilder";

    /** Every field build() reads to make its manager (and its evictor), copied to the template builder. */
    static final String[] MANAGER_FIELDS = {"systemProperties", "evictExpiredConnections", "evictIdleConnections",
        "maxIdleTime"};

    Apache5Enforcer(Enforcement enforcement) {
        super(enforcement, BUILDER);
    }

    @Override
    protected ManagerKey key(Class<?> type, Object b) throws ReflectiveOperationException {
        ManagerKey key = new ManagerKey();
        boolean systemProperties = Reflection.field(type, "systemProperties").getBoolean(b);
        key.value("systemProperties", systemProperties);
        if (systemProperties) {
            key.value("https.protocols", System.getProperty("https.protocols"));
            key.value("https.cipherSuites", System.getProperty("https.cipherSuites"));
        }
        boolean expired = Reflection.field(type, "evictExpiredConnections").getBoolean(b);
        boolean idle = Reflection.field(type, "evictIdleConnections").getBoolean(b);
        // TimeValue is immutable; its text is its duration and unit
        key.value("evict", expired || idle ? expired + "/" + idle + "/" + Reflection.field(type, "maxIdleTime").get(b)
                : "no");
        return key;
    }

    @Override
    protected Shared create(Class<?> type, Object builder, ApacheThreadState state)
            throws ReflectiveOperationException {
        Object manager = templateManager(type, builder, MANAGER_FIELDS);
        PoolLimits.applyPoolSize(enforcement.poolSize(), manager, false, false);
        return new Shared(manager, manager, "one PoolingHttpClientConnectionManager (" + PoolLimits.limits(manager)
                + ") shared by the clients of builders configured alike instead of one per client; their close() "
                + "leaves it open");
    }

    /** The lease is an {@code InternalExecRuntime}: released once it holds no endpoint. */
    @Override
    protected boolean isReleased(Object lease) throws ReflectiveOperationException {
        return !(Boolean) Reflection.method(lease.getClass(), "isEndpointAcquired").invoke(lease);
    }

    /** As ResponseEntityProxy's cleanup: the endpoint closed (gracefully), then discarded from the pool. */
    @Override
    protected void abandon(Object lease) throws ReflectiveOperationException {
        try {
            Reflection.method(lease.getClass(), "disconnectEndpoint").invoke(lease);
        } finally {
            Reflection.method(lease.getClass(), "discardEndpoint").invoke(lease);
        }
    }

    @Override
    protected boolean isShutDown(Object manager) throws ReflectiveOperationException {
        Object closed = Reflection.get(manager, "closed");
        return closed instanceof AtomicBoolean && ((AtomicBoolean) closed).get();
    }
}
