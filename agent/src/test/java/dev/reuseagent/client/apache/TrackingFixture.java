package dev.reuseagent.client.apache;

import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportThreadState;
import dev.reuseagent.transport.TransportTracker;

import java.util.List;

/** What the Apache tracking tests share: a tracker, a transport tracker, and a clean thread state. */
public final class TrackingFixture {

    public static final String ORIGIN = "http://api.example:80";

    public final ConnectionTracker tracker = new ConnectionTracker(EventSink.NONE, HostFilter.all(), 100,
            System::nanoTime);
    public final TransportTracker transport = new TransportTracker(100, new SiteFinder(false, List.of(), List.of()));

    /** A new Apache state on this thread, whose transport state has what earlier tests left in it cleared. */
    public ApacheThreadState freshThreadState() {
        TransportThreadState thread = TransportThreadState.current();
        thread.lastConnect = null;
        return new ApacheThreadState(thread);
    }

    /** A route object whose text is {@code text}, as HttpRoute#toString prints it. */
    public static Object route(String text) {
        return new Object() {
            @Override
            public String toString() {
                return text;
            }
        };
    }

    /** The counters of {@link #ORIGIN}. */
    public OriginStats.Snapshot stats() {
        for (OriginStats s : tracker.origins()) {
            if (s.label().equals(ORIGIN)) {
                return s.snapshot();
            }
        }
        throw new AssertionError("no stats for " + ORIGIN);
    }
}
