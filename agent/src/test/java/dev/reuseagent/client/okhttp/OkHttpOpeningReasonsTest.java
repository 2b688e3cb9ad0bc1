package dev.reuseagent.client.okhttp;

import dev.reuseagent.model.Reason;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.OriginStats;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which reason a new OkHttp connection gets (first use, new client, body not consumed, pool busy...), and how its
 * exchanges are counted, reused or failed.
 */
class OkHttpOpeningReasonsTest extends OkHttpTestBase {

    @Test
    void aSharedClientOpensOnceAndReuses() {
        Object connection = connection();
        ConnectionRecord record = open(pool, connection, new Object());
        exchange(connection);
        release(connection);
        for (int i = 0; i < 3; i++) {
            hooks.acquired(thread, connection); // a pool hit: no miss reported
            exchange(connection);
            release(connection);
        }
        assertEquals(Reason.FIRST_USE, record.reason());
        OriginStats.Snapshot s = stats();
        assertEquals(4, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(3, s.reusedConnections);
        assertEquals(4L, s.clients.get("okhttp"));
    }

    @Test
    void aPoolPerClientIsNewClientAndNewBuilderSharesThePool() {
        Object first = connection();
        open(pool, first, new Object());
        exchange(first);
        release(first);
        Object other = connection();
        assertEquals(Reason.NEW_CLIENT, open(new Object(), other, new Object()).reason());
        exchange(other);
        release(other);
        // the same pool after its connection was evicted: its own history, not new-client
        hooks.closes.cleanupStarting(thread, System.nanoTime(), KEEP_ALIVE);
        hooks.closes.retired(thread, first, System.nanoTime(), List.of(
                "okhttp3.internal.connection.RealConnection#setNoNewExchanges",
                "okhttp3.internal.connection.RealConnectionPool#cleanup"));
        assertEquals(Reason.POOL_FULL, open(pool, connection(), new Object()).reason());
    }

    @Test
    void httpsPoolsAreKeyedByTheSslSocketFactoryToo() {
        assertEquals(hooks.poolId(pool, null), hooks.poolId(pool, null));
        assertTrue(!hooks.poolId(pool, new Object()).equals(hooks.poolId(pool, new Object())));
        assertTrue(!hooks.poolId(new Object(), null).equals(hooks.poolId(pool, null)));
        assertTrue(hooks.poolId(pool, null).matches("okhttp pool#\\d+"), hooks.poolId(pool, null));
        Object a = connection();
        api.sslFactories.put(a, new Object());
        open(pool, a, new Object());
        Object b = connection();
        api.sslFactories.put(b, new Object()); // same pool, another client's factory: OkHttp cannot share
        assertEquals(Reason.NEW_CLIENT, open(pool, b, new Object()).reason());
    }

    @Test
    void aResponseNeverClosedIsBodyNotConsumed() {
        Object first = connection();
        open(pool, first, new Object());
        exchange(first); // the response is never closed: no release
        Object second = connection();
        assertEquals(Reason.BODY_NOT_CONSUMED, open(pool, second, new Object()).reason());
    }

    @Test
    void aConnectionAnotherThreadTookSinceIsNotAbandoned() throws Exception {
        Object shared = connection();
        open(pool, shared, new Object());
        exchange(shared);
        release(shared);
        Thread other = new Thread(() -> hooks.acquired(OkHttpThreadState.current(), shared)); // and keeps it busy
        other.start();
        other.join();
        assertEquals(Reason.POOL_BUSY, open(pool, connection(), new Object()).reason());
    }

    @Test
    void aNewConnectionWhoseFirstExchangeFailsStillCounts() {
        Object connection = connection();
        open(pool, connection, new Object());
        hooks.exchangeStarting(thread, connection, new Object(), false, pool);
        hooks.closes.failed(thread, connection, new Object(), new java.io.IOException("reset"));
        OriginStats.Snapshot s = stats();
        assertEquals(1, s.newConnections);
        assertEquals(1, s.failedExchanges);
        assertEquals(1, s.requests, "sent on a connection, so a request too (contracts §2.5)");
    }

    @Test
    void afterAnAttachAConnectionIsAdoptedAtItsFirstExchange() {
        OkHttpTracking attached = new OkHttpTracking(tracker, transport, true, api);
        Object connection = connection();
        Object codec = new Object();
        attached.exchangeStarting(thread, connection, codec, false, pool);
        attached.responseHead(thread, codec);
        assertNotNull(tracker.find(connection));
        OriginStats.Snapshot s = stats();
        assertEquals(1, s.requests);
        assertEquals(0, s.newConnections);
    }
}
