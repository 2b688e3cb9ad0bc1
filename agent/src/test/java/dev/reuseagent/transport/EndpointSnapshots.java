package dev.reuseagent.transport;

import dev.reuseagent.track.EndpointStats;

/** Test helper: one endpoint's counters as the transport tracker holds them. */
final class EndpointSnapshots {

    private EndpointSnapshots() {
    }

    static EndpointStats.Snapshot of(TransportTracker transport, String label) {
        for (EndpointStats e : transport.endpoints()) {
            if (e.label().equals(label)) {
                return e.snapshot();
            }
        }
        throw new AssertionError("no endpoint " + label);
    }
}
