package dev.reuseagent.client.okhttp;

import dev.reuseagent.config.DrainBound;
import dev.reuseagent.config.PoolSize;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.report.EnforcedCount;
import dev.reuseagent.track.SiteFinder;

import java.util.List;

/**
 * What the {@code shared-pool} repair tests share ({@link OkHttpSharedPoolTest},
 * {@link OkHttpSharedPoolNeverMergedTest}): the repair with a fake {@link OkHttpBuilderApi}, driven as OkHttp drives
 * its hooks: {@code Builder()} (4.12 makes a pool, 5.x none), {@code Builder(client)}, then
 * {@code OkHttpClient(builder)}, which takes the builder's pool and SSL factory or, if it has none, makes its own
 * (5.x caches its pool in the builder). Plain objects stand in for OkHttp's builders, clients, pools and factories.
 */
abstract class OkHttpSharedPoolTestBase {

    final Enforcement enforcement = enforcement(PoolSize.CLIENT_DEFAULT);
    final FakeApi api = new FakeApi();
    final OkHttpSharedPool repair = new OkHttpSharedPool(enforcement, api);

    private static Enforcement enforcement(PoolSize size) {
        return new Enforcement("okhttp", "okhttp", new SiteFinder(true, List.of(), List.of()), DrainBound.DEFAULT,
                size);
    }

    /** {@code new OkHttpClient.Builder()}: 4.12 makes its own {@code ConnectionPool()}, 5.x leaves it null. */
    Builder builder(boolean v4) {
        Builder b = new Builder();
        b.pool = v4 ? new Object() : null;
        repair.builderCreated(b, b.pool);
        return b;
    }

    /** {@code client.newBuilder()}: runs {@code Builder()} first, then copies the client. */
    Builder newBuilder(Client client) {
        Builder b = builder(true);
        b.pool = client.pool;
        b.sslSocketFactory = client.sslSocketFactory;
        b.trustManager = client.trustManager;
        repair.builderCopied(b, client);
        return b;
    }

    /** {@code OkHttpClient(builder)}, as OkHttp's constructor reads its builder. */
    Client build(Builder b) {
        Object build = repair.clientBuilding(b);
        Client c = new Client();
        if (b.pool == null) {
            b.pool = new Object(); // 5.x caches the pool it makes in the builder
        }
        c.pool = b.pool;
        if (b.tls) {
            c.sslSocketFactory = b.sslSocketFactory != null ? b.sslSocketFactory : new Object();
            c.trustManager = b.sslSocketFactory != null ? b.trustManager : new Object();
        }
        repair.clientBuilt(c, build);
        return c;
    }

    EnforcedCount count() {
        List<EnforcedCount> counts = enforcement.counts();
        return counts.isEmpty() ? null : counts.get(0);
    }

    /** What the repair reads and sets on a builder. */
    static final class Builder {
        Object pool;
        Object sslSocketFactory;
        Object trustManager;
        boolean tls = true;
        boolean defaultSocketFactory = true;
        boolean retryOnConnectionFailure = true;
        int pingIntervalMillis;
    }

    static final class Client {
        Object pool;
        Object sslSocketFactory;
        Object trustManager;
    }

    static final class FakeApi implements OkHttpBuilderApi {
        int poolsMade;
        List<Object> lastPoolSize;
        boolean failing;

        private Builder b(Object builder) throws ReflectiveOperationException {
            if (failing) {
                throw new NoSuchMethodException("getConnectionPool$okhttp");
            }
            return (Builder) builder;
        }

        @Override
        public Object pool(Object builder) throws ReflectiveOperationException {
            return b(builder).pool;
        }

        @Override
        public Object sslSocketFactory(Object builder) throws ReflectiveOperationException {
            return b(builder).sslSocketFactory;
        }

        @Override
        public boolean usesTls(Object builder) throws ReflectiveOperationException {
            return b(builder).tls;
        }

        @Override
        public boolean defaultSocketFactory(Object builder) throws ReflectiveOperationException {
            return b(builder).defaultSocketFactory;
        }

        @Override
        public boolean retriesOnConnectionFailure(Object builder) throws ReflectiveOperationException {
            return b(builder).retryOnConnectionFailure;
        }

        @Override
        public int pingIntervalMillis(Object builder) throws ReflectiveOperationException {
            return b(builder).pingIntervalMillis;
        }

        @Override
        public Object newPool(Object builder, int maxIdle, long keepAliveMinutes) {
            poolsMade++;
            lastPoolSize = List.of(maxIdle, keepAliveMinutes);
            return new Object();
        }

        @Override
        public void setPool(Object builder, Object pool) throws ReflectiveOperationException {
            b(builder).pool = pool;
        }

        @Override
        public void setSslSocketFactory(Object builder, Object factory, Object trustManager)
                throws ReflectiveOperationException {
            b(builder).sslSocketFactory = factory;
            b(builder).trustManager = trustManager;
        }

        @Override
        public Object[] clientTls(Object client) {
            return new Object[] {((Client) client).sslSocketFactory, ((Client) client).trustManager};
        }
    }
}
