package dev.reuseagent.track;

import dev.reuseagent.model.Origin;

/** What the connection tracker tests share: a tracker with a clock the test moves, and how a client opens. */
abstract class TrackerTestBase {

    protected static final Origin API = Origin.of("https", "api.example.com", -1);
    protected static final String CLIENT = "okhttp";
    protected static final long T1 = 1;
    protected static final long T2 = 2;

    protected final FakeClock clock = new FakeClock(1_000_000_000L);
    protected RecordingSink sink = new RecordingSink(true);
    protected ConnectionTracker tracker = new ConnectionTracker(sink, HostFilter.all(), 100, clock);

    /** The pool had nothing to give now, so the client opened a new connection. */
    protected ConnectionRecord open(Object key, String pool, long thread) {
        return open(key, API, pool, clock.now(), thread);
    }

    protected ConnectionRecord open(Object key, Origin origin, String pool, long missNanos, long thread) {
        ConnectionRecord c = tracker.opened(key, CLIENT, origin, pool, missNanos, 2_000_000L, "com.acme.App.run(App.java:1)",
                thread);
        clock.advanceMillis(1);
        return c;
    }

    protected OriginStats.Snapshot stats(Origin origin) {
        for (OriginStats s : tracker.origins()) {
            if (s.label().equals(origin.toString())) {
                return s.snapshot();
            }
        }
        throw new AssertionError("no stats for " + origin);
    }
}
