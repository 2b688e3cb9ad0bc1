package dev.reuseagent.client.okhttp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code shared-pool} repair where it must not merge, driven as OkHttp drives its hooks
 * ({@link OkHttpSharedPoolTestBase}): an explicit pool, an explicit SSL factory or cleartext-only specs are left
 * alone; a custom SocketFactory or {@code retryOnConnectionFailure(false)} keeps its own pool (and says so); another
 * ping interval gets another pool; an OkHttp other than 4.12 / 5.x leaves the builder as it was and says why.
 */
class OkHttpSharedPoolNeverMergedTest extends OkHttpSharedPoolTestBase {

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
}
