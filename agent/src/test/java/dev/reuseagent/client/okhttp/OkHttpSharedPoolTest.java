package dev.reuseagent.client.okhttp;

import dev.reuseagent.config.PoolSize;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The {@code shared-pool} repair where it merges, driven as OkHttp drives its hooks ({@link OkHttpSharedPoolTestBase}):
 * default clients of 4.12 and 5.x share one pool and the first client's SSL factory, what counts as applied and as an
 * avoided connection (a client per request, {@code newBuilder()} clients, a builder built twice), and the idle limit
 * {@code enforcePoolSize} sets. What it must keep apart or leave alone: {@link OkHttpSharedPoolNeverMergedTest}.
 */
class OkHttpSharedPoolTest extends OkHttpSharedPoolTestBase {

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
    void enforcePoolSizeSetsTheIdleLimit() {
        assertEquals(5, OkHttpSharedPool.maxIdle(PoolSize.CLIENT_DEFAULT));
        assertEquals(16, OkHttpSharedPool.maxIdle(new PoolSize(16, 0)));
        assertEquals(40, OkHttpSharedPool.maxIdle(new PoolSize(8, 40)));
    }
}
