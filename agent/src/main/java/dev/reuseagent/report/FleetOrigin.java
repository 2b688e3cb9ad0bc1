package dev.reuseagent.report;

import dev.reuseagent.track.OriginStats;
import dev.reuseagent.util.Counts;

/** One origin's counts summed over the JVMs whose summaries name it. */
final class FleetOrigin {

    final OriginStats.Snapshot totals = new OriginStats.Snapshot();
    /** How many of the summaries (one per JVM) name this origin. */
    int jvms;

    FleetOrigin(String origin) {
        totals.origin = origin;
    }

    void add(OriginStats.Snapshot o) {
        jvms++;
        totals.requests += o.requests;
        totals.newConnections += o.newConnections;
        totals.reusedConnections += o.reusedConnections;
        totals.failedExchanges += o.failedExchanges;
        totals.tlsFull += o.tlsFull;
        totals.tlsResumed += o.tlsResumed;
        Counts.addAll(totals.clients, o.clients);
        Counts.addAll(totals.reasons, o.reasons);
        Counts.addAll(totals.closes, o.closes);
        Counts.addAll(totals.sites, o.sites);
    }

    /** New connections a shared, well-kept pool would not have opened ({@link WastedConnections}). */
    long avoidable() {
        return WastedConnections.total(totals);
    }
}
