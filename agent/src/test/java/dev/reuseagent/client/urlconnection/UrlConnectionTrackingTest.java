package dev.reuseagent.client.urlconnection;

import dev.reuseagent.model.Reason;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportThreadState;
import dev.reuseagent.transport.TransportTracker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The HttpURLConnection hook logic, driven as the JDK drives it, without the JDK. */
class UrlConnectionTrackingTest {

    private final ConnectionTracker tracker = new ConnectionTracker(EventSink.NONE,
            new HostFilter(List.of(), List.of("*.excluded.example")), 100, System::nanoTime);
    private final TransportTracker transport = new TransportTracker(100, new SiteFinder(false, List.of(), List.of()));
    private UrlConnectionThreadState state;

    @BeforeEach
    void freshThreadState() {
        state = new UrlConnectionThreadState(TransportThreadState.current());
        state.thread.lastConnect = null;
    }

    private static URL url(String spec) throws Exception {
        return new URL(spec);
    }

    private OriginStats.Snapshot stats(String origin) {
        for (OriginStats s : tracker.origins()) {
            if (s.label().equals(origin)) {
                return s.snapshot();
            }
        }
        return null;
    }

    /** What the JDK does for a request that misses the cache: get(url, key) → null, then openServer. */
    private ConnectionRecord openThroughMiss(UrlConnectionTracking hooks, Object client, URL url, Object poolKey) {
        hooks.cacheLookedUp(state, null, url, poolKey);
        hooks.openStarting(state);
        hooks.opened(state, client, url);
        return tracker.find(client);
    }

    @Test
    void startedWithTheJvmAnUnseenConnectionIsNeverAdopted() throws Exception {
        UrlConnectionTracking hooks = new UrlConnectionTracking(tracker, transport, false);
        // e.g. a failed exchange whose connection the JDK already closed
        hooks.exchangeDone(state, new Object(), url("http://h.example/"), true, true);
        hooks.exchangeDone(state, new Object(), url("http://h.example/"), false, true);
        assertNull(stats("http://h.example:80"));
    }

    @Test
    void afterAnAttachAnUnseenConnectionIsAdoptedOnlyOnSuccess() throws Exception {
        UrlConnectionTracking hooks = new UrlConnectionTracking(tracker, transport, true);
        Object failed = new Object();
        hooks.exchangeDone(state, failed, url("http://h.example/"), false, true);
        assertNull(tracker.find(failed));
        Object client = new Object();
        hooks.exchangeDone(state, client, url("http://h.example/"), true, true);
        hooks.exchangeDone(state, client, url("http://h.example/"), true, true);
        OriginStats.Snapshot s = stats("http://h.example:80");
        assertEquals(2, s.requests);
        assertEquals(2, s.reusedConnections);
        assertEquals(0, s.newConnections);
    }

    @Test
    void excludedOriginsAreNeverTracked() throws Exception {
        UrlConnectionTracking hooks = new UrlConnectionTracking(tracker, transport, true);
        Object client = new Object();
        URL u = url("https://metrics.excluded.example/");
        assertNull(openThroughMiss(hooks, client, u, null));
        hooks.exchangeDone(state, client, u, true, true);
        assertNull(stats("https://metrics.excluded.example:443"));
    }

    @Test
    void theCacheKeyOfTheMissSeparatesPoolsWhenNoFactoryWasSeen() throws Exception {
        // Through a proxy HttpsClient#createSocket is not called: the pool key comes from KeepAliveCache#get.
        UrlConnectionTracking hooks = new UrlConnectionTracking(tracker, transport, false);
        URL u = url("https://api.example/");
        ConnectionRecord first = openThroughMiss(hooks, new Object(), u, new Object());
        ConnectionRecord second = openThroughMiss(hooks, new Object(), u, new Object());
        assertEquals(Reason.FIRST_USE, first.reason());
        assertEquals(Reason.NEW_CLIENT, second.reason());
    }

    @Test
    void theSameFactoryIsOnePool() throws Exception {
        UrlConnectionTracking hooks = new UrlConnectionTracking(tracker, transport, false);
        URL u = url("https://api.example/");
        Object factory = new Object();
        Object a = new Object();
        openThroughMiss(hooks, a, u, factory);
        hooks.exchangeDone(state, a, u, true, true);
        hooks.returning(state, a);
        hooks.returned(state);
        tracker.closed(a, dev.reuseagent.model.CloseCause.APP_CLOSED);
        ConnectionRecord b = openThroughMiss(hooks, new Object(), u, factory);
        assertEquals(Reason.APP_CLOSED, b.reason()); // same pool: its own history, not new-client
    }

    @Test
    void aResponseThatEndsKeepAliveLeavesThePoolAsServerClosed() throws Exception {
        UrlConnectionTracking hooks = new UrlConnectionTracking(tracker, transport, false);
        URL u = url("http://h.example/");
        Object client = new Object();
        assertNotNull(openThroughMiss(hooks, client, u, null));
        hooks.exchangeDone(state, client, u, true, false);
        assertNull(tracker.find(client));
        assertEquals(Reason.SERVER_CLOSED, openThroughMiss(hooks, new Object(), u, null).reason());
        assertEquals(1L, stats("http://h.example:80").closes.get("server-closed"));
    }
}
