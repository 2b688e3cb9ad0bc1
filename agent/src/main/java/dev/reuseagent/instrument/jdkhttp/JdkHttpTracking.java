package dev.reuseagent.instrument.jdkhttp;

import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.TransportTracker;

/** Turns the java.net.http.HttpClient (HTTP/1.1 and HTTP/2) hooks into connection-tracker events. */
public final class JdkHttpTracking {

    private final ConnectionTracker tracker;
    private final TransportTracker transport;
    private final boolean attached;

    public JdkHttpTracking(ConnectionTracker tracker, TransportTracker transport, boolean attached) {
        this.tracker = tracker;
        this.transport = transport;
        this.attached = attached;
    }
}
