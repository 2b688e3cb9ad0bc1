package dev.reuseagent.instrument.okhttp;

import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.TransportTracker;

/** Turns the OkHttp 4.12 and 5.x hooks into connection-tracker events. */
public final class OkHttpTracking {

    private final ConnectionTracker tracker;
    private final TransportTracker transport;
    private final boolean attached;

    public OkHttpTracking(ConnectionTracker tracker, TransportTracker transport, boolean attached) {
        this.tracker = tracker;
        this.transport = transport;
        this.attached = attached;
    }
}
