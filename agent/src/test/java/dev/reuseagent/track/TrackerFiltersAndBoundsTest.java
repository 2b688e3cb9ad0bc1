package dev.reuseagent.track;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.model.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the tracker leaves out and what bounds its memory: filtered hosts, origins beyond the bound, pool states,
 * and connection objects collected without a close.
 */
class TrackerFiltersAndBoundsTest extends TrackerTestBase {

    // ---- filtering and bounds ------------------------------------------------------------------------------

    @Test
    void excludedHostIsNotTracked() {
        tracker = new ConnectionTracker(sink, new HostFilter(List.of(), List.of("*.example.com")), 100, clock);
        assertFalse(tracker.tracks(API));
        assertNull(open(new Object(), "poolA", T1));
        assertNull(tracker.adopt(new Object(), CLIENT, API, "poolA", T1));
        assertTrue(sink.events.isEmpty());
    }

    @Test
    void hostOutsideIncludeIsNotTracked() {
        tracker = new ConnectionTracker(sink, new HostFilter(List.of("localhost"), List.of()), 100, clock);
        assertNull(open(new Object(), "poolA", T1));
        Origin local = Origin.of("http", "localhost", 8080);
        assertNotNull(open(new Object(), local, "poolA", clock.now(), T1));
    }

    @Test
    void nullOriginIsNotTracked() {
        assertFalse(tracker.tracks(null));
        assertNull(tracker.opened(new Object(), CLIENT, null, "poolA", 0, 0, null, T1));
    }

    @Test
    void originsBeyondTheBoundAggregateUnderOther() {
        tracker = new ConnectionTracker(sink, HostFilter.all(), 2, clock);
        ConnectionRecord a = open(new Object(), Origin.of("http", "a", -1), "p", clock.now(), T1);
        ConnectionRecord b = open(new Object(), Origin.of("http", "b", -1), "p", clock.now(), T1);
        ConnectionRecord c = open(new Object(), Origin.of("http", "c", -1), "p", clock.now(), T1);
        ConnectionRecord d = open(new Object(), Origin.of("http", "d", -1), "p", clock.now(), T1);
        assertEquals("http://a:80", a.originLabel());
        assertEquals("http://b:80", b.originLabel());
        assertEquals("other", c.originLabel());
        assertEquals("other", d.originLabel());
        tracker.announcePending();
        List<String> labels = tracker.origins().stream().map(OriginStats::label).sorted().collect(Collectors.toList());
        assertEquals(List.of("http://a:80", "http://b:80", "other"), labels);
        OriginStats other = tracker.origins().stream().filter(o -> o.label().equals("other")).findFirst().get();
        assertEquals(2, other.snapshot().newConnections);
        assertNull(other.origin());
    }

    // ---- memory bounds --------------------------------------------------------------------------------------

    @Test
    void poolStatesStayBoundedAndPoolsWithLiveConnectionsAreKept() {
        Object healthy = new Object();
        open(healthy, "healthy-pool", T1);
        for (int i = 0; i < PoolStates.MAX + 50; i++) {
            Object key = new Object();
            open(key, "factory-" + i, T1); // a new SSL factory per request: one pool each, closed at once
            tracker.closed(key, CloseCause.APP_CLOSED);
        }
        assertTrue(tracker.poolCount() <= PoolStates.MAX, () -> "pools: " + tracker.poolCount());
        // The healthy pool, the least recently used but with a live connection, was not forgotten.
        tracker.closed(healthy, CloseCause.SERVER_CLOSED);
        assertEquals(Reason.SERVER_CLOSED, open(new Object(), "healthy-pool", T1).reason());
    }

    @Test
    void aConnectionCollectedBusyAfterItsExchangeIsClosedAsBodyNotConsumed() throws InterruptedException {
        ConnectionRecord dropped = open(new Object(), "poolA", T1);
        tracker.exchangeDone(dropped, true); // response delivered, body never read: the application drops it all
        dropped = null;
        assertCollectedAs(CloseCause.BODY_NOT_CONSUMED, "poolA");
    }

    @Test
    void aConnectionCollectedIdleIsClosedAsAppClosed() throws InterruptedException {
        Object key = new Object();
        ConnectionRecord idle = open(key, "poolB", T1);
        tracker.exchangeDone(idle, true);
        tracker.returned(key); // back in its pool; then the application drops the whole client without closing it
        key = null;
        idle = null;
        assertCollectedAs(CloseCause.APP_CLOSED, "poolB");
    }

    private void assertCollectedAs(CloseCause cause, String poolId) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        java.util.function.Predicate<ConnectionRecord> leaked = c -> c.pool.poolId.equals(poolId);
        while (sink.closed.stream().noneMatch(leaked) && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(10);
            Object churn = new Object();
            tracker.opened(churn, CLIENT, API, "churn", clock.now(), 0, null, T2);
            tracker.closed(churn, CloseCause.APP_CLOSED);
        }
        ConnectionRecord closed = sink.closed.stream().filter(leaked).findFirst()
                .orElseThrow(() -> new AssertionError("not collected: " + sink.closed));
        assertEquals(cause, closed.closeCause());
    }
}
