package dev.reuseagent;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.config.AgentConfig;
import dev.reuseagent.config.Options;
import dev.reuseagent.report.AgentLog;
import dev.reuseagent.report.EventStreamWriter;
import dev.reuseagent.report.LogReporter;
import dev.reuseagent.report.Summary;
import dev.reuseagent.report.SummaryJson;
import dev.reuseagent.report.SummaryText;
import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.transport.TransportTracker;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/** The summary at exit and every {@code summaryInterval}: printed, written as JSON, and the event stream flushed. */
final class Summaries {

    private final AgentConfig config;
    private final String version;
    private final ConnectionTracker connections;
    private final TransportTracker transport;
    private final LogReporter log;
    private final EventStreamWriter events;
    private final List<ClientSlice> slices;
    private final Notes notes;

    Summaries(AgentConfig config, String version, ConnectionTracker connections, TransportTracker transport,
            LogReporter log, EventStreamWriter events, List<ClientSlice> slices, Notes notes) {
        this.config = config;
        this.version = version;
        this.connections = connections;
        this.transport = transport;
        this.log = log;
        this.events = events;
        this.slices = slices;
        this.notes = notes;
    }

    /** Prints and writes the summary; at exit also ends the event stream. Never throws. */
    synchronized void summarize(boolean atExit) {
        try {
            connections.announcePending();
            log.flush();
            Summary summary = snapshot();
            if (config.get(Options.SUMMARY) == Options.SummaryMode.EXIT || !atExit) {
                AgentLog.info(SummaryText.render(summary));
            }
            Path file = config.get(Options.SUMMARY_FILE);
            if (file != null) {
                try {
                    SummaryJson.write(summary, file);
                } catch (IOException e) {
                    AgentLog.warn("could not write summaryFile " + file + ": " + e);
                }
            }
            if (events != null) {
                if (atExit) {
                    events.close();
                } else {
                    events.flush();
                }
            }
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
            AgentLog.warn("could not produce the summary: " + t);
        }
    }

    private Summary snapshot() {
        Summary s = new Summary();
        s.agentVersion = version;
        s.pid = ProcessHandle.current().pid();
        s.javaVersion = System.getProperty("java.version");
        s.uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
        s.addOrigins(connections.origins());
        s.addEndpoints(transport.endpoints());
        s.adviceErrors = AgentCounters.ADVICE_ERRORS.get();
        s.droppedEvents = AgentCounters.DROPPED_EVENTS.get();
        s.firstAdviceError = AgentCounters.firstAdviceError;
        for (ClientSlice slice : slices) {
            s.clientHints.put(slice.name(), slice.hints());
        }
        s.notes.addAll(notes.all());
        return s;
    }
}
