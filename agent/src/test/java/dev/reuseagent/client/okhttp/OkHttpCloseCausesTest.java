package dev.reuseagent.client.okhttp;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Reason;
import dev.reuseagent.track.OriginStats;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Why OkHttp connections close, read from the calls that retire them and from the pool's cleanup. */
class OkHttpCloseCausesTest extends OkHttpTestBase {

    @Test
    void aBodyClosedUnreadRetiresTheConnection() {
        Object connection = connection();
        open(pool, connection, new Object());
        exchange(connection);
        hooks.closes.retired(thread, connection, 0, List.of(
                "dev.reuseagent.client.okhttp.OkHttpHooks#retired",
                "okhttp3.internal.connection.RealConnection#noNewExchanges$okhttp",
                "okhttp3.internal.http1.Http1ExchangeCodec$FixedLengthSource#close",
                "okio.RealBufferedSource#close"));
        hooks.closes.becameIdle(connection, true, 5);
        assertEquals(1L, stats().closes.get("body-not-consumed"));
        assertEquals(Reason.BODY_NOT_CONSUMED, open(pool, connection(), new Object()).reason());
    }

    @Test
    void connectionCloseInTheRequestIsTheApplicationsInTheResponseTheServers() {
        for (Object response : new Object[] {REQUEST_SAID_CLOSE, new Object()}) {
            Object connection = connection();
            open(pool, connection, new Object());
            exchange(connection);
            hooks.closes.retired(thread, connection, 0, List.of(
                    "okhttp3.internal.connection.RealConnection#noNewExchanges",
                    "okhttp3.internal.connection.Exchange#noNewExchangesOnConnection",
                    "okhttp3.internal.http.CallServerInterceptor#intercept"));
            hooks.closes.interceptDone(thread, response);
            hooks.closes.becameIdle(connection, true, 5);
        }
        assertEquals(1L, stats().closes.get("app-closed"));
        assertEquals(1L, stats().closes.get("server-closed"));
        assertEquals(Reason.SERVER_CLOSED, open(pool, connection(), new Object()).reason());
    }

    @Test
    void thePoolsCleanupEvictsForIdleTimeOrForTheIdleLimit() {
        Object old = connection();
        Object recent = connection();
        open(pool, old, new Object());
        open(pool, recent, new Object());
        long now = System.nanoTime();
        hooks.closes.cleanupStarting(thread, now, KEEP_ALIVE);
        List<String> eviction = List.of("okhttp3.internal.connection.RealConnection#setNoNewExchanges",
                "okhttp3.internal.connection.RealConnectionPool#closeConnections");
        hooks.closes.retired(thread, old, now - KEEP_ALIVE, eviction);
        hooks.closes.retired(thread, recent, now - 1000, eviction);
        assertEquals("[idle-timeout, pool-full]", sink.closed.stream().map(c -> c.closeCause().label()).toList()
                .toString());
    }

    @Test
    void evictAllIsTheApplicationClosingAndAPoolWithoutIdleConnectionsIsFull() {
        Object a = connection();
        open(pool, a, new Object());
        hooks.closes.retired(thread, a, 0, List.of("okhttp3.internal.connection.RealConnection#setNoNewExchanges",
                "okhttp3.internal.connection.RealConnectionPool#evictAll"));
        Object b = connection();
        open(pool, b, new Object());
        hooks.closes.becameIdle(b, true, 0); // ConnectionPool(0, ...): nothing is kept idle
        assertEquals("[app-closed, pool-full]", sink.closed.stream().map(c -> c.closeCause().label()).toList()
                .toString());
    }

    @Test
    void aLeakFoundByThePoolIsBodyNotConsumedWhenEvicted() {
        Object leaked = connection();
        open(pool, leaked, new Object());
        exchange(leaked);
        long now = System.nanoTime();
        hooks.closes.cleanupStarting(thread, now, KEEP_ALIVE);
        hooks.closes.pruning(thread, leaked);
        hooks.closes.leakLogged(thread);
        hooks.closes.pruning(thread, null);
        // OkHttp backdates a leaked connection's idle time: the eviction alone would look like idle-timeout
        hooks.closes.retired(thread, leaked, now - KEEP_ALIVE, List.of(
                "okhttp3.internal.connection.RealConnection#setNoNewExchanges",
                "okhttp3.internal.connection.RealConnectionPool#cleanup"));
        assertEquals(CloseCause.BODY_NOT_CONSUMED, sink.closed.get(0).closeCause());
    }

    @Test
    void aReusedConnectionFailingBeforeItsResponseWasStale() {
        Object connection = connection();
        open(pool, connection, new Object());
        exchange(connection);
        release(connection);
        hooks.acquired(thread, connection);
        hooks.exchangeStarting(thread, connection, new Object(), false, pool); // the request, then EOF
        hooks.closes.failed(thread, connection, new Object(), new java.io.IOException("unexpected end of stream"));
        hooks.closes.becameIdle(connection, true, 5); // released by the retry
        Object retry = new Object();
        assertEquals(Reason.STALE, open(pool, connection(), retry).reason());
        OriginStats.Snapshot s = stats();
        assertEquals(1L, s.closes.get("stale"));
        assertEquals(0, s.failedExchanges); // not the first exchange of its connection: not a failed one
    }

    @Test
    void aReusedConnectionTimingOutBeforeItsResponseIsAFailedRequestNotStale() {
        Object connection = connection();
        open(pool, connection, new Object());
        exchange(connection);
        release(connection);
        hooks.acquired(thread, connection);
        hooks.exchangeStarting(thread, connection, new Object(), false, pool); // the request, then a slow server
        hooks.closes.failed(thread, connection, new Object(), new java.net.SocketTimeoutException("timeout"));
        hooks.closes.becameIdle(connection, true, 5);
        assertEquals(Reason.FAILED, open(pool, connection(), new Object()).reason());
        OriginStats.Snapshot s = stats();
        assertEquals(null, s.closes.get("stale"));
        assertEquals(2, s.requests, "the server had it and never answered in time (contracts §2.5)");
        assertEquals(1, s.failedExchanges);
    }

    @Test
    void retirersAreReadFromTheNearestMeaningfulCaller() {
        assertEquals(OkHttpCloseCauses.Retirer.UNKNOWN_LENGTH, OkHttpCloseCauses.retirer(List.of(
                "okhttp3.internal.connection.RealConnection#noNewExchanges",
                "okhttp3.internal.http1.Http1ExchangeCodec#newUnknownLengthSource")));
        assertEquals(OkHttpCloseCauses.Retirer.BODY_TRUNCATED, OkHttpCloseCauses.retirer(List.of(
                "okhttp3.internal.http1.Http1ExchangeCodec$ChunkedSource#read")));
        assertEquals(OkHttpCloseCauses.Retirer.UNHEALTHY, OkHttpCloseCauses.retirer(List.of(
                "okhttp3.internal.connection.RealConnection#setNoNewExchanges",
                "okhttp3.internal.connection.RealRoutePlanner#planReuseCallConnection")));
        assertEquals(OkHttpCloseCauses.Retirer.OTHER, OkHttpCloseCauses.retirer(List.of(
                "okhttp3.internal.connection.RealConnection#newWebSocketStreams$okhttp")));
        assertEquals(OkHttpCloseCauses.Retirer.OTHER, OkHttpCloseCauses.retirer(List.of()));
    }
}
