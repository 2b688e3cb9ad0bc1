package dev.reuseagent.instrument.apache4;

import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.TransportTracker;

/** Turns the Apache HttpClient 4.5 hooks into connection-tracker events. */
public final class Apache4Tracking {

    private final ConnectionTracker tracker;
    private final TransportTracker transport;
    private final boolean attached;

    public Apache4Tracking(ConnectionTracker tracker, TransportTracker transport, boolean attached) {
        this.tracker = tracker;
        this.transport = transport;
        this.attached = attached;
    }
}
