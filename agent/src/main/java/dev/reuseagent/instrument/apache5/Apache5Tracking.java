package dev.reuseagent.instrument.apache5;

import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.TransportTracker;

/** Turns the Apache HttpClient 5.x hooks into connection-tracker events. */
public final class Apache5Tracking {

    private final ConnectionTracker tracker;
    private final TransportTracker transport;
    private final boolean attached;

    public Apache5Tracking(ConnectionTracker tracker, TransportTracker transport, boolean attached) {
        this.tracker = tracker;
        this.transport = transport;
        this.attached = attached;
    }
}
