package dev.reuseagent.client.okhttp;

import dev.reuseagent.config.DrainBound;
import dev.reuseagent.config.PoolSize;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.report.EnforcedCount;
import dev.reuseagent.track.SiteFinder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code shared-pool} repair driven as OkHttp drives its hooks: {@code Builder()} (4.12 makes a pool, 5.x none),
 * {@code Builder(client)}, then {@code OkHttpClient(builder)}, which takes the builder's pool and SSL factory or, if
 * it has none, makes its own (5.x caches its pool in the builder).
 */
class OkHttpSharedPoolTest {

    private final Enforcement enforcement = enforcement(PoolSize.CLIENT_DEFAULT);
    private final FakeApi api = new FakeApi();
    private final OkHttpSharedPool repair = new OkHttpSharedPool(enforcement, api);

    private static Enforcement enforcement(PoolSize size) {
        return new Enforcement("okhttp", "okhttp", new SiteFinder(true, List.of(), List.of()), DrainBound.DEFAULT,
                size);
    }

    /** {@code new OkHttpClient.Builder()}: 4.12 makes its own {@code ConnectionPool()}, 5.x leaves it null. */
    private Builder builder(boolean v4) {
        Builder b = new Builder();
        b.pool = v4 ? new Object() : null;
        repair.builderCreated(b, b.pool);
        return b;
    }

    /** {@code client.newBuilder()}: runs {@code Builder()} first, then copies the client. */
    private Builder newBuilder(Client client) {
        Builder b = builder(true);
        b.pool = client.pool;
        b.sslSocketFactory = client.sslSocketFactory;
        b.trustManager = client.trustManager;
        repair.builderCopied(b, client);
        return b;
    }

    /** {@code OkHttpClient(builder)}, as OkHttp's constructor reads its builder. */
    private Client build(Builder b) {
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

    private EnforcedCount count() {
        List<EnforcedCount> counts = enforcement.counts();
        return counts.isEmpty() ? null : counts.get(0);
    }

    @Test
    void defaultClientsOfBothVersionsShareOnePoolAndTheFirstClientsSslFactory() {
        Client first = build(builder(true));
        Client second = build(builder(false));
        Client third = build(builder(true));

        assertSame(first.pool, second.pool);
        assertSame(first.pool, third.pool);
        assertEquals(1, api.poolsMade);
        assertEquals(List.of(5, 5L), api.lastPoolSize);
        // The first client built the default factory itself; the others got it.
        assertSame(first.sslSocketFactory, second.sslSocketFactory);
        assertSame(first.trustManager, third.trustManager);
        assertEquals(3, count().applied());
    }

    @Test
    void anExplicitPoolIsLeftAlone() {
        Builder b = builder(true);
        Object explicit = new Object();
        b.pool = explicit; // builder.connectionPool(explicit)
        b.tls = false;

        Client client = build(b);

        assertSame(explicit, client.pool);
        assertNull(count());
    }

    @Test
    void newBuilderClientsKeepTheirParentsPoolAndAreNotCountedAsSaved() {
        Client base = build(builder(true));
        Client derived = build(newBuilder(base));
        Object connection = new Object();

        repair.exchangeStarting(base, connection);
        repair.exchangeStarting(derived, connection);

        assertSame(base.pool, derived.pool);
        assertEquals(1, count().applied(), "nothing to change for the derived client");
        assertEquals(0, count().avoided(), "without the agent the derived client shares its parent's pool too");
    }

    @Test
    void aClientPerRequestSavesOneConnectionEachOnTheFirstClientsConnection() {
        Object connection = new Object();
        Client opener = build(builder(false));
        repair.exchangeStarting(opener, connection);
        repair.exchangeStarting(opener, connection);
        for (int i = 0; i < 4; i++) {
            Client perRequest = build(builder(false));
            repair.exchangeStarting(perRequest, connection);
            repair.exchangeStarting(perRequest, connection); // its second request: it would have reused its own
        }

        assertEquals(5, count().applied());
        assertEquals(4, count().avoided());
    }

    @Test
    void aBuilderBuiltTwiceIsOneGroup() {
        Builder b = builder(false);
        Client one = build(b);
        Client two = build(b);
        Object connection = new Object();

        repair.exchangeStarting(one, connection);
        repair.exchangeStarting(two, connection);

        assertSame(one.pool, two.pool);
        assertEquals(0, count().avoided());
    }

    @Test
    void aCustomSocketFactoryKeepsItsOwnPoolButSharesTheSslFactory() {
        Client first = build(builder(true));
        Builder b = builder(true);
        Object ownPool = b.pool;
        b.defaultSocketFactory = false;

        Client custom = build(b);

        assertSame(ownPool, custom.pool);
        assertSame(first.sslSocketFactory, custom.sslSocketFactory);
        assertTrue(enforcement.notAppliedNotes().get(0).contains("its own SocketFactory"),
                enforcement.notAppliedNotes()::toString);
    }

    @Test
    void aClientThatDoesNotRetryKeepsItsOwnPool() {
        build(builder(false));
        Builder b = builder(false);
        b.retryOnConnectionFailure = false;

        Client noRetry = build(b);

        assertSame(b.pool, noRetry.pool);
        assertEquals(1, api.poolsMade, "its pool is the one OkHttp made for it");
        assertTrue(enforcement.notAppliedNotes().get(0).contains("retryOnConnectionFailure(false)"),
                enforcement.notAppliedNotes()::toString);
    }

    @Test
    void clientsWithADifferentPingIntervalGetAnotherPool() {
        Client plain = build(builder(true));
        Builder b = builder(true);
        b.pingIntervalMillis = 1000;
        Client pinging = build(b);

        assertNotSame(plain.pool, pinging.pool);
        assertSame(pinging.pool, build(copyPing(builder(false), 1000)).pool);
    }

    private static Builder copyPing(Builder b, int ping) {
        b.pingIntervalMillis = ping;
        return b;
    }

    @Test
    void anExplicitSslFactoryOrCleartextOnlySpecsAreLeftAlone() {
        build(builder(true));
        Builder own = builder(true);
        Object factory = new Object();
        own.sslSocketFactory = factory;
        own.trustManager = new Object();
        Builder cleartext = builder(true);
        cleartext.tls = false;

        assertSame(factory, build(own).sslSocketFactory);
        assertNull(build(cleartext).sslSocketFactory);
    }

    @Test
    void anUnexpectedOkHttpLeavesTheBuilderAloneAndSaysWhy() {
        Builder b = builder(true);
        Object own = b.pool;
        api.failing = true;

        Client client = build(b);

        assertSame(own, client.pool);
        assertNull(count());
        assertTrue(enforcement.notAppliedNotes().get(0).startsWith("enforce okhttp shared-pool not applied: this"
                + " OkHttp is not the 4.12 / 5.x"), enforcement.notAppliedNotes()::toString);
    }

    @Test
    void enforcePoolSizeSetsTheIdleLimit() {
        assertEquals(5, OkHttpSharedPool.maxIdle(PoolSize.CLIENT_DEFAULT));
        assertEquals(16, OkHttpSharedPool.maxIdle(new PoolSize(16, 0)));
        assertEquals(40, OkHttpSharedPool.maxIdle(new PoolSize(8, 40)));
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
