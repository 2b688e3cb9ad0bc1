package dev.reuseagent;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.config.AgentConfig;
import dev.reuseagent.config.FailOn;
import dev.reuseagent.config.Options;
import dev.reuseagent.report.CompositeSink;
import dev.reuseagent.report.EventStreamWriter;
import dev.reuseagent.report.FailOnSink;
import dev.reuseagent.report.LogReporter;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportTracker;

import java.util.ArrayList;
import java.util.List;

/**
 * What every slice reports to: the connection tracker, the transport tracker and the log. Built when the first
 * slice starts, so a JVM that never loads a hooked class never builds them.
 */
final class Trackers {

    final LogReporter log;
    final TransportTracker transport;
    final ConnectionTracker connections;
    final SiteFinder sites;

    /**
     * @param events the event stream, or null
     * @param jfr the Flight Recorder events, or null
     */
    Trackers(AgentConfig config, List<ClientSlice> slices, EventStreamWriter events, EventSink jfr) {
        List<EventSink> sinks = new ArrayList<>();
        log = new LogReporter(config.get(Options.LOG), config.get(Options.LOG_LIMIT));
        sinks.add(log);
        if (events != null) {
            sinks.add(events);
        }
        if (jfr != null) {
            sinks.add(jfr);
        }
        FailOn failOn = config.get(Options.FAIL_ON);
        if (!failOn.isNone()) {
            sinks.add(new FailOnSink(failOn));
        }
        int maxOrigins = config.get(Options.MAX_ORIGINS);
        List<String> libraryPackages = new ArrayList<>();
        for (ClientSlice slice : slices) {
            libraryPackages.addAll(slice.libraryPackages());
        }
        sites = new SiteFinder(config.get(Options.SITES), libraryPackages, config.get(Options.SITE_EXCLUDE));
        transport = new TransportTracker(maxOrigins, sites);
        connections = new ConnectionTracker(new CompositeSink(sinks),
                new HostFilter(config.get(Options.INCLUDE), config.get(Options.EXCLUDE)), maxOrigins);
        transport.unknowns().announceTo(connections);
    }
}
