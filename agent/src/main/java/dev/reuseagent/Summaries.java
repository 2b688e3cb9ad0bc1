package dev.reuseagent;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.config.AgentConfig;
import dev.reuseagent.config.Options;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.config.FailOn;
import dev.reuseagent.report.AgentLog;
import dev.reuseagent.report.FailOnCheck;
import dev.reuseagent.report.EventStreamWriter;
import dev.reuseagent.report.Summary;
import dev.reuseagent.report.SummaryJson;
import dev.reuseagent.report.SummaryText;
import dev.reuseagent.track.AgentCounters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The summary at exit and every {@code summaryInterval}: printed, written as JSON, and the event stream flushed. */
final class Summaries {

    private final AgentConfig config;
    private final String version;
    private final AgentRuntime runtime;
    private final EventStreamWriter events;
    private final List<ClientSlice> slices;
    private final Notes notes;
    private final long startNanos;

    Summaries(AgentConfig config, String version, AgentRuntime runtime, EventStreamWriter events,
            List<ClientSlice> slices, Notes notes, long startNanos) {
        this.config = config;
        this.version = version;
        this.runtime = runtime;
        this.events = events;
        this.slices = slices;
        this.notes = notes;
        this.startNanos = startNanos;
    }

    /**
     * The last summary, at JVM exit; then, if {@code failOn} forbids a reason some new connection had, ends the JVM
     * with {@link FailOn#EXIT_STATUS}. A shutdown hook cannot change the exit status any other way than by halting
     * (System.exit would block), so shutdown hooks still running then are cut short: the agent's own are done.
     */
    void atExit() {
        Summary summary = summarize(true);
        if (summary == null || FailOnCheck.violations(summary).isEmpty()) {
            return;
        }
        if (config.get(Options.SUMMARY) != Options.SummaryMode.EXIT) {
            for (String line : FailOnCheck.lines(summary)) {
                AgentLog.warn(line);
            }
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(FailOn.EXIT_STATUS);
    }

    /**
     * Prints and writes the summary; at exit also ends the event stream. Never throws.
     *
     * @return the summary, or null when it could not be produced
     */
    synchronized Summary summarize(boolean atExit) {
        try {
            Trackers trackers = runtime.trackersIfStarted();
            if (trackers != null) {
                trackers.connections.announcePending();
                trackers.transport.unknowns().announceDue(System.nanoTime(), atExit);
                trackers.log.flush();
            }
            Summary summary = snapshot(trackers);
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
                    events.endOfRun(); // not closed: connections closed later in the shutdown still get their line
                } else {
                    events.flush();
                }
            }
            return summary;
        } catch (Throwable t) {
            AgentCounters.adviceError(t);
            AgentLog.warn("could not produce the summary: " + t);
            return null;
        }
    }

    /** What the summary shows now, for readers other than the log and the file (JMX). */
    Summary current() {
        Summary s = snapshot(runtime.trackersIfStarted());
        s.pid = ProcessHandle.current().pid();
        return s;
    }

    /** @param trackers null when no slice ever started: nothing was seen */
    private Summary snapshot(Trackers trackers) {
        Summary s = new Summary();
        s.agentVersion = version;
        s.javaVersion = System.getProperty("java.version");
        s.observedMs = (System.nanoTime() - startNanos) / 1_000_000;
        if (config.get(Options.SUMMARY_FILE) != null) {
            // Only for the JSON: ProcessHandle's first use costs a cold JVM about ten milliseconds.
            s.pid = ProcessHandle.current().pid();
            s.uptimeMs = uptimeMillis();
        }
        if (trackers != null) {
            s.addOrigins(trackers.connections.origins());
            s.addEndpoints(trackers.transport.endpoints());
        }
        s.adviceErrors = AgentCounters.ADVICE_ERRORS.get();
        s.droppedEvents = AgentCounters.DROPPED_EVENTS.get();
        s.firstAdviceError = AgentCounters.firstAdviceError;
        for (ClientSlice slice : slices) {
            s.clientHints.put(slice.name(), slice.hints());
        }
        s.failOn = config.get(Options.FAIL_ON);
        s.notes.addAll(notes.all());
        s.relocatedClients.addAll(notes.relocated());
        for (Enforcement enforcement : runtime.enforcements()) {
            s.enforced.addAll(enforcement.counts());
            s.notes.addAll(enforcement.notAppliedNotes());
        }
        return s;
    }

    /** How long the JVM has run: from the process's start time, not the management beans (a hundred classes). */
    private static long uptimeMillis() {
        Optional<Instant> start = ProcessHandle.current().info().startInstant();
        return start.isPresent() ? Math.max(0, System.currentTimeMillis() - start.get().toEpochMilli()) : 0;
    }
}
