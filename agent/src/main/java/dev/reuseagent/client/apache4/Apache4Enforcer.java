package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache.ApacheEnforcer;
import dev.reuseagent.client.apache.ApacheThreadState;
import dev.reuseagent.client.apache.ManagerKey;
import dev.reuseagent.client.apache.PoolLimits;
import dev.reuseagent.client.apache.Reflection;
import dev.reuseagent.client.apache.SharedManagers.Shared;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.util.Relocations;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code shared-manager} repair for Apache HttpClient 4.5 (verified against httpclient 4.5.14,
 * {@code HttpClientBuilder#build()}, lines 960-1020 and 1218-1253 of its source): without a connection manager,
 * build() makes a {@code PoolingHttpClientConnectionManager} from the fields below, and unless
 * {@code connManagerShared} it adds a closeable that shuts the manager down on {@code close()} and, with
 * {@code evictExpiredConnections()} / {@code evictIdleConnections(..)}, starts an {@code IdleConnectionEvictor}.
 * The template build that makes a shared manager runs unshared, so a key with eviction gets exactly one evictor
 * (a daemon thread, "Connection evictor") for its shared manager.
 */
final class Apache4Enforcer extends ApacheEnforcer {

    static final String BUILDER = "org.apache.http.impl.client.HttpClientBuilder";

    /** Every field build() reads to make its manager (and its evictor), copied to the template builder. */
    static final String[] MANAGER_FIELDS = {"sslSocketFactory", "sslContext", "hostnameVerifier",
        "publicSuffixMatcher", "systemProperties", "dnsResolver", "connTimeToLive", "connTimeToLiveTimeUnit",
        "defaultSocketConfig", "defaultConnectionConfig", "maxConnTotal", "maxConnPerRoute",
        "evictExpiredConnections", "evictIdleConnections", "maxIdleTime", "maxIdleTimeUnit"};

    private static final String NOOP_VERIFIER = "org.apache.http.conn.ssl.NoopHostnameVerifier";
    private static final String SYSTEM_DNS = "org.apache.http.impl.conn.SystemDefaultDnsResolver";
    private static final String SOCKET_CONFIG = "org.apache.http.config.SocketConfig";
    private static final String CONNECTION_CONFIG = "org.apache.http.config.ConnectionConfig";
    private static final String MESSAGE_CONSTRAINTS = "org.apache.http.config.MessageConstraints";

    private final Apache4Drain drain;

    Apache4Enforcer(Enforcement enforcement, ConnectionTracker tracker) {
        super(enforcement, BUILDER);
        this.drain = new Apache4Drain(enforcement, tracker);
    }

    Apache4Drain drain() {
        return drain;
    }

    @Override
    protected ManagerKey key(Class<?> type, Object b) throws ReflectiveOperationException {
        ManagerKey key = new ManagerKey();
        boolean systemProperties = bool(type, b, "systemProperties");
        key.value("systemProperties", systemProperties);
        if (systemProperties) {
            // what build() reads of the system properties for the manager and its TLS
            for (String p : new String[] {"https.protocols", "https.cipherSuites", "http.keepAlive",
                "http.maxConnections"}) {
                key.value(p, System.getProperty(p));
            }
        }
        Object socketFactory = get(type, b, "sslSocketFactory");
        if (socketFactory != null) {
            key.identity("sslSocketFactory", socketFactory);
        } else {
            key.identity("sslContext", get(type, b, "sslContext"));
            Object verifier = get(type, b, "hostnameVerifier");
            if (verifier == null) {
                key.identity("publicSuffixMatcher", get(type, b, "publicSuffixMatcher"));
                key.value("hostnameVerifier", "default");
            } else if (Relocations.is(verifier.getClass().getName(), NOOP_VERIFIER)) {
                key.value("hostnameVerifier", "noop"); // stateless
            } else {
                key.identity("hostnameVerifier", verifier);
            }
        }
        Object dns = get(type, b, "dnsResolver");
        if (dns != null && Relocations.is(dns.getClass().getName(), SYSTEM_DNS)) {
            key.value("dnsResolver", "system"); // stateless, what a null resolver means too
        } else {
            key.identity("dnsResolver", dns);
        }
        key.value("connTimeToLive", get(type, b, "connTimeToLive") + " " + get(type, b, "connTimeToLiveTimeUnit"));
        config(key, "defaultSocketConfig", get(type, b, "defaultSocketConfig"), SOCKET_CONFIG);
        Object connectionConfig = get(type, b, "defaultConnectionConfig");
        if (connectionConfig != null && !exactly(Reflection.call(connectionConfig, "getMessageConstraints"),
                MESSAGE_CONSTRAINTS)) {
            key.identity("defaultConnectionConfig", connectionConfig);
        } else {
            config(key, "defaultConnectionConfig", connectionConfig, CONNECTION_CONFIG);
        }
        key.value("maxConnTotal", get(type, b, "maxConnTotal"));
        key.value("maxConnPerRoute", get(type, b, "maxConnPerRoute"));
        boolean evict = bool(type, b, "evictExpiredConnections") || bool(type, b, "evictIdleConnections");
        key.value("evict", evict ? get(type, b, "evictExpiredConnections") + "/" + get(type, b,
                "evictIdleConnections") + "/" + get(type, b, "maxIdleTime") + " " + get(type, b, "maxIdleTimeUnit")
                : "no");
        return key;
    }

    /** An immutable config of exactly the library's class is its text (its toString lists every field). */
    private static void config(ManagerKey key, String name, Object config, String className) {
        if (config == null || exactly(config, className)) {
            key.value(name, config == null ? "default" : config.toString());
        } else {
            key.identity(name, config);
        }
    }

    private static boolean exactly(Object o, String className) {
        return o == null || Relocations.is(o.getClass().getName(), className);
    }

    @Override
    protected Shared create(Class<?> type, Object builder, ApacheThreadState state)
            throws ReflectiveOperationException {
        Object manager = templateManager(type, builder, MANAGER_FIELDS);
        boolean systemLimits = bool(type, builder, "systemProperties")
                && "true".equalsIgnoreCase(System.getProperty("http.keepAlive", "true"));
        boolean perRouteSet = systemLimits || (Integer) get(type, builder, "maxConnPerRoute") > 0;
        boolean totalSet = systemLimits || (Integer) get(type, builder, "maxConnTotal") > 0;
        PoolLimits.applyPoolSize(enforcement.poolSize(), manager, perRouteSet, totalSet);
        return new Shared(manager, Reflection.get(manager, "pool"), "one PoolingHttpClientConnectionManager ("
                + PoolLimits.limits(manager) + ") shared by the clients of builders configured alike instead of one "
                + "per client; their close() leaves it open");
    }

    @Override
    protected boolean isShutDown(Object manager) throws ReflectiveOperationException {
        Object flag = Reflection.get(manager, "isShutDown");
        return flag instanceof AtomicBoolean && ((AtomicBoolean) flag).get();
    }

    /** The lease is a {@code ConnectionHolder}. */
    @Override
    protected boolean isReleased(Object lease) throws ReflectiveOperationException {
        return (Boolean) Reflection.method(lease.getClass(), "isReleased").invoke(lease);
    }

    /** {@code ConnectionHolder#close()}: releaseConnection(false), the connection closed and its slot freed. */
    @Override
    protected void abandon(Object lease) throws IOException {
        ((Closeable) lease).close();
    }

    @Override
    public void reused(ApacheThreadState state, Object connection) {
        super.reused(state, connection);
        drain.reused(connection);
    }

    private static Object get(Class<?> type, Object builder, String name) throws ReflectiveOperationException {
        return Reflection.field(type, name).get(builder);
    }

    private static boolean bool(Class<?> type, Object builder, String name) throws ReflectiveOperationException {
        return Reflection.field(type, name).getBoolean(builder);
    }
}
