package dev.reuseagent.client.okhttp;

import dev.reuseagent.config.PoolSize;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.WeakIdentityMap;

import java.lang.reflect.InvocationTargetException;

/**
 * The {@code shared-pool} repair ({@code enforce=okhttp}): clients built without an explicit {@code ConnectionPool}
 * share one JVM-wide pool, and clients built without an SSL socket factory share one default factory, so that
 * OkHttp's own connection matching ({@code Address}) finds the connections other clients opened.
 *
 * <p>It runs when {@code OkHttpClient(Builder)} starts, before the client reads its builder, and changes the builder
 * only through its public setters, to what the client would have built itself (see {@link OkHttpSharedDefaults}):
 * <ul>
 *   <li>the pool only if the builder's pool is the one its own constructor made (4.12) or none (5.x), its
 *       {@code SocketFactory} is the default (OkHttp does not compare socket factories when it reuses a connection,
 *       so a client with its own must keep its own pool) and it retries on connection failure (the default: a
 *       client that does not would fail on a stale pooled connection it never met with a pool of its own);</li>
 *   <li>the SSL socket factory only if the builder has none and one of its connection specs is TLS.</li>
 * </ul>
 * Everything else (proxy, DNS, protocols, specs, pinner, hostname verifier) stays the client's; OkHttp itself never
 * hands a connection to a client whose {@code Address} differs. Per-call settings (timeouts, interceptors, cookies,
 * authenticators, the dispatcher) are read by OkHttp from the calling client on every exchange.
 */
final class OkHttpSharedPool {

    static final String REPAIR = "shared-pool";
    static final String FIX = "build one OkHttpClient and share it (or newBuilder() from a shared one)";
    /** {@code new ConnectionPool()} in 4.12 and 5.x: 5 idle connections, kept 5 minutes. */
    static final int DEFAULT_MAX_IDLE = 5;
    static final long KEEP_ALIVE_MINUTES = 5;
    static final String OWN_SOCKET_FACTORY = "a client with its own SocketFactory keeps its own pool (OkHttp does not"
            + " compare socket factories when it reuses a connection)";
    static final String NO_RETRY = "a client with retryOnConnectionFailure(false) keeps its own pool (a pooled"
            + " connection the server closed while idle would fail its call instead of being retried)";

    static final String OKHTTP3 = "OkHttp 3.x: the repair is verified for OkHttp 4.12 and 5.x only, clients of"
            + " OkHttp 3 keep their own pools (share one OkHttpClient yourself)";
    /** Whether a builder class is OkHttp 3.x's: its class loader has 3.x's {@code Transmitter}. */
    private static final ClassValue<Boolean> VERSION3 = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> builderClass) {
            try {
                Class.forName(OkHttpInstrumentation.TRANSMITTER, false, builderClass.getClassLoader());
                return Boolean.TRUE;
            } catch (ClassNotFoundException | LinkageError e) {
                return Boolean.FALSE;
            }
        }
    };

    private final Enforcement enforcement;
    private final OkHttpBuilderApi api;
    private final int maxIdle;
    /** 4.12: the pool each builder's constructor made, until a client is built from it. */
    private final WeakIdentityMap<Object> createdPools = new WeakIdentityMap<>();
    private final WeakIdentityMap<OkHttpPoolGroup> builderGroups = new WeakIdentityMap<>();
    private final WeakIdentityMap<OkHttpPoolGroup> clientGroups = new WeakIdentityMap<>();
    /** A shared-pool connection's opener: the group whose exchange ran on it first. */
    private final WeakIdentityMap<OkHttpPoolGroup> openers = new WeakIdentityMap<>();
    /** Per copy of OkHttp, by its builder class. */
    private final ClassValue<OkHttpSharedDefaults> defaults = new ClassValue<>() {
        @Override
        protected OkHttpSharedDefaults computeValue(Class<?> builderClass) {
            return new OkHttpSharedDefaults();
        }
    };

    OkHttpSharedPool(Enforcement enforcement) {
        this(enforcement, ReflectiveOkHttpBuilder.INSTANCE);
    }

    OkHttpSharedPool(Enforcement enforcement, OkHttpBuilderApi api) {
        this.enforcement = enforcement;
        this.api = api;
        this.maxIdle = maxIdle(enforcement.poolSize());
    }

    /** OkHttp's pool has one limit, idle connections in total: {@code enforcePoolSize}'s total, else per route. */
    static int maxIdle(PoolSize size) {
        return size.total() > 0 ? size.total() : size.perRoute() > 0 ? size.perRoute() : DEFAULT_MAX_IDLE;
    }

    /** {@code OkHttpClient.Builder()} made {@code pool} (4.12; null in 5.x, where a builder has none). */
    void builderCreated(Object builder, Object pool) {
        if (pool != null) {
            createdPools.put(builder, pool);
        }
    }

    /** {@code OkHttpClient.Builder(client)}, i.e. {@code client.newBuilder()}: its clients belong to the client's group. */
    void builderCopied(Object builder, Object client) {
        OkHttpPoolGroup group = clientGroups.get(client);
        if (group != null) {
            builderGroups.put(builder, group);
        }
    }

    /**
     * {@code OkHttpClient(builder)} starts: repair the builder if it asks for defaults.
     *
     * @return what {@link #clientBuilt} needs to know, or null
     */
    Object clientBuilding(Object builder) {
        Object createdPool = createdPools.remove(builder);
        if (VERSION3.get(builder.getClass())) {
            // Not half a repair: without 3.x's own exchange hook its saved connections could not be counted.
            enforcement.notApplied(REPAIR, OKHTTP3);
            return null;
        }
        OkHttpSharedDefaults shared = defaults.get(builder.getClass());
        try {
            // Read everything first, so that a builder of an unexpected shape is left exactly as it was.
            Object pool = api.pool(builder);
            boolean pooled = shared.isShared(pool);
            boolean defaultPool = !pooled && (pool == null || pool == createdPool);
            String keepsOwnPool = !defaultPool ? null : !api.defaultSocketFactory(builder) ? OWN_SOCKET_FACTORY
                    : !api.retriesOnConnectionFailure(builder) ? NO_RETRY : null;
            boolean sharePool = defaultPool && keepsOwnPool == null;
            int pingIntervalMillis = sharePool ? api.pingIntervalMillis(builder) : 0;
            boolean defaultTls = api.sslSocketFactory(builder) == null && api.usesTls(builder);
            Object[] tls = defaultTls ? shared.tls() : null;

            String change = null;
            if (sharePool) {
                api.setPool(builder, shared.pool(api, builder, maxIdle, KEEP_ALIVE_MINUTES, pingIntervalMillis));
                pooled = true;
                change = "1 JVM-wide pool";
            } else if (keepsOwnPool != null) {
                enforcement.notApplied(REPAIR, keepsOwnPool);
            }
            // Without a shared factory yet, this client builds the default one; the next clients share it.
            boolean captureTls = defaultTls && tls == null;
            if (tls != null) {
                api.setSslSocketFactory(builder, tls[0], tls[1]);
            }
            if (defaultTls && (tls != null || change != null)) {
                // The first such client's own factory is the one shared from then on: its line says so too.
                change = (change == null ? "" : change + " and ") + "1 default SSLSocketFactory";
            }
            if (change != null) {
                enforcement.applied(REPAIR, change + " instead of one per client", FIX);
            }
            OkHttpPoolGroup group = pooled ? groupOf(builder) : null;
            return group == null && !captureTls ? null : new ClientBuild(group, captureTls ? shared : null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            notApplied(e);
            return null;
        }
    }

    /** {@code OkHttpClient(builder)} returned {@code client}; {@code build} is what {@link #clientBuilding} said. */
    void clientBuilt(Object client, Object build) {
        if (!(build instanceof ClientBuild)) {
            return;
        }
        ClientBuild b = (ClientBuild) build;
        if (b.group != null) {
            clientGroups.put(client, b.group);
        }
        if (b.captureTls != null) {
            try {
                Object[] tls = api.clientTls(client);
                b.captureTls.offerTls(tls[0], tls[1]);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                notApplied(e);
            }
        }
    }

    /**
     * {@code RealConnection#newCodec(client, chain)}: an exchange of {@code client} starts on {@code connection}. On a
     * shared-pool connection that another group opened, the first exchange of this group is a connection saved.
     */
    void exchangeStarting(Object client, Object connection) {
        OkHttpPoolGroup group = clientGroups.get(client);
        if (group == null) {
            return;
        }
        OkHttpPoolGroup opener = openers.get(connection);
        if (opener == null) {
            // OkHttp puts a new connection in the pool and hands it to its call under the connection's lock, so
            // the first exchange on it is its opener's (HTTP/2: or a stream that raced it, which counts the same).
            openers.put(connection, group);
        } else if (opener != group && group.firstBorrow(System.identityHashCode(connection))) {
            enforcement.avoided(REPAIR);
        }
    }

    private OkHttpPoolGroup groupOf(Object builder) {
        OkHttpPoolGroup group = builderGroups.get(builder);
        if (group == null) {
            group = new OkHttpPoolGroup();
            builderGroups.put(builder, group);
        }
        return group;
    }

    private void notApplied(Throwable e) {
        Throwable cause = e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
        enforcement.notApplied(REPAIR, "this OkHttp is not the 4.12 / 5.x the repair was verified against, its"
                + " clients keep their own pools (" + cause.getClass().getName() + ": " + cause.getMessage() + ")");
    }

    /** What one client's construction decided, from the constructor's start to its end. */
    static final class ClientBuild {
        final OkHttpPoolGroup group;
        /** Where to offer the client's own default SSL factory, or null. */
        final OkHttpSharedDefaults captureTls;

        ClientBuild(OkHttpPoolGroup group, OkHttpSharedDefaults captureTls) {
            this.group = group;
            this.captureTls = captureTls;
        }
    }
}
