package dev.reuseagent.report;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.FakeClock;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.track.RecordingSink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hint rule on event sequences a tracker really sees: a hint only where connections are wasted in material
 * numbers, never for a pool that grows once to the job's concurrency and then reuses everything.
 */
class HintRuleTest {

    private static final Origin REPO = Origin.of("https", "repo.example.org", -1);
    private static final String SITE = "org.example.Downloader.fetch(Downloader.java:88)";

    private final FakeClock clock = new FakeClock(1_000_000_000L);
    private final ConnectionTracker tracker = new ConnectionTracker(new RecordingSink(false), HostFilter.all(), 100,
            clock);

    /** Maven's downloads: five threads start at once, the pool grows to five, then 490 requests reuse them. */
    @Test
    void healthyWarmUpOfAPoolToTheJobsConcurrencyGetsNoHint() {
        List<Object> pool = openConcurrently("pool", 5);
        long requests = 5;
        for (int round = 0; requests < 490; round++) {
            for (int t = 0; t < pool.size() && requests < 490; t++) {
                tracker.taken(pool.get(t), t + 1);
                tracker.exchangeDone(tracker.find(pool.get(t)), true);
                tracker.returned(pool.get(t));
                requests++;
            }
            clock.advanceMillis(3);
        }
        for (Object key : pool) {
            tracker.closed(key, CloseCause.APP_CLOSED); // the job closes its client at the end
        }
        OriginStats.Snapshot o = snapshot();
        assertEquals(490, o.requests);
        assertEquals(5, o.newConnections);
        assertEquals(4L, o.reasons.get("pool-busy"), () -> o.reasons.toString());
        String text = SummaryText.render(SummaryFixtures.summaryOf(o));
        assertFalse(text.contains("hints:"), text);
    }

    /** Six threads, an idle pool that keeps two: every round the pool throws four away and opens four again. */
    @Test
    void churnOfAPoolSmallerThanTheConcurrencyGetsTheIdleLimitFix() {
        List<Object> pool = openConcurrently("pool", 6);
        for (int round = 0; round < 10; round++) {
            for (int t = 2; t < pool.size(); t++) {
                tracker.closed(pool.get(t), CloseCause.POOL_FULL); // returned beyond the idle limit
            }
            tracker.returned(pool.get(0));
            tracker.returned(pool.get(1));
            clock.advanceMillis(5);
            tracker.taken(pool.get(0), 1);
            tracker.exchangeDone(tracker.find(pool.get(0)), true);
            tracker.taken(pool.get(1), 2);
            tracker.exchangeDone(tracker.find(pool.get(1)), true);
            for (int t = 2; t < pool.size(); t++) {
                pool.set(t, open("pool", t + 1)); // the two pooled ones are busy
            }
        }
        OriginStats.Snapshot o = snapshot();
        assertEquals(40L, o.closes.get("pool-full"), () -> o.closes.toString());
        String hint = hintLine(SummaryText.render(SummaryFixtures.summaryOf(o)));
        assertTrue(hint.contains("with reason pool-busy then closed by the pool as pool-full"), hint);
        assertTrue(hint.contains(SITE), hint);
        assertTrue(hint.contains("raise its idle limit"), hint);
    }

    /** A client per request: every connection but the first is wasted. */
    @Test
    void clientPerRequestGetsTheNewClientHint() {
        for (int i = 0; i < 10; i++) {
            Object key = open("client-" + i, 1);
            tracker.closed(key, CloseCause.APP_CLOSED);
        }
        String hint = hintLine(SummaryText.render(SummaryFixtures.summaryOf(snapshot())));
        assertTrue(hint.contains("9 with reason new-client at " + SITE), hint);
    }

    /** Three reconnects after long pauses in a thousand requests are not worth a line. */
    @Test
    void aFewWastedConnectionsAmongManyRequestsGetNoHint() {
        Object key = open("pool", 1);
        for (int i = 1; i < 1000; i++) {
            if (i % 300 == 0) {
                tracker.closed(key, CloseCause.IDLE_TIMEOUT);
                key = open("pool", 1);
                continue;
            }
            tracker.returned(key);
            tracker.taken(key, 1);
            tracker.exchangeDone(tracker.find(key), true);
        }
        OriginStats.Snapshot o = snapshot();
        assertEquals(3L, o.reasons.get("idle-timeout"), () -> o.reasons.toString());
        String text = SummaryText.render(SummaryFixtures.summaryOf(o));
        assertFalse(text.contains("hints:"), text);
    }

    @Test
    void materialMeansAtLeastTwoAndOnePerHundredRequests() {
        assertFalse(WastedConnections.material(1, 1));
        assertTrue(WastedConnections.material(2, 200));
        assertFalse(WastedConnections.material(2, 201));
    }

    /** {@code count} threads that each find the pool busy, as threads starting together do. */
    private List<Object> openConcurrently(String pool, int count) {
        List<Object> keys = new ArrayList<>();
        for (int t = 1; t <= count; t++) {
            keys.add(open(pool, t)); // none returned yet: each later thread finds every connection busy
        }
        return keys;
    }

    private Object open(String pool, long thread) {
        Object key = new Object();
        ConnectionRecord c = tracker.opened(key, "apache5", REPO, pool, clock.now(), 2_000_000L, SITE, thread);
        clock.advanceMillis(1);
        tracker.exchangeDone(c, true);
        return key;
    }

    private OriginStats.Snapshot snapshot() {
        return tracker.origins().get(0).snapshot();
    }

    private static String hintLine(String text) {
        int hints = text.indexOf("hints:");
        assertTrue(hints >= 0, text);
        return text.substring(hints).split("\\R")[1];
    }
}
