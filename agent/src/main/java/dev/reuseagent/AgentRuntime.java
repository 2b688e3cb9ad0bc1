package dev.reuseagent;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.ClientSlices;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.config.AgentConfig;
import dev.reuseagent.config.Options;
import dev.reuseagent.report.AgentLog;
import dev.reuseagent.report.CompositeSink;
import dev.reuseagent.report.EventStreamWriter;
import dev.reuseagent.report.LogReporter;
import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportSlice;
import dev.reuseagent.transport.TransportTracker;
import dev.reuseagent.weave.Weaver;

import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Timer;
import java.util.TimerTask;

/**
 * The running agent, wired from one configuration: trackers and reporters, and the weaver with its name-only
 * filter. Nothing client-specific happens here: each slice starts when the first class it hooks is loaded (see
 * {@link LazySlices}), so a JVM pays only for the clients it uses.
 */
final class AgentRuntime {

    private final AgentConfig config;
    private final String version;
    private final List<ClientSlice> slices = ClientSlices.all();

    AgentRuntime(AgentConfig config, String version) {
        this.config = config;
        this.version = version;
    }

    void start(Instrumentation instrumentation, boolean premain) throws Exception {
        long startNanos = System.nanoTime();
        AgentLog.init(config.get(Options.LOG_FILE));
        List<EventSink> sinks = new ArrayList<>();
        LogReporter log = new LogReporter(config.get(Options.LOG), config.get(Options.LOG_LIMIT));
        sinks.add(log);
        Path eventsFile = config.get(Options.EVENTS);
        EventStreamWriter events = eventsFile == null ? null : new EventStreamWriter(eventsFile);
        if (events != null) {
            sinks.add(events);
        }
        int maxOrigins = config.get(Options.MAX_ORIGINS);
        List<String> libraryPackages = new ArrayList<>();
        for (ClientSlice slice : slices) {
            libraryPackages.addAll(slice.libraryPackages());
        }
        SiteFinder sites = new SiteFinder(config.get(Options.SITES), libraryPackages, config.get(Options.SITE_EXCLUDE));
        TransportTracker transport = new TransportTracker(maxOrigins, sites);
        ConnectionTracker connections = new ConnectionTracker(new CompositeSink(sinks),
                new HostFilter(config.get(Options.INCLUDE), config.get(Options.EXCLUDE)), maxOrigins);

        Notes notes = new Notes();
        if (!config.get(Options.ENFORCE).isEmpty()) {
            notes.add("enforce=" + String.join("+", config.get(Options.ENFORCE))
                    + " was accepted but enforcement is not implemented in this version: nothing was changed");
        }
        LazySlices lazy = new LazySlices(notes);
        lazy.add(new TransportSlice(transport));
        SliceContext context = new SliceContext(connections, transport, !premain);
        for (ClientSlice slice : slices) {
            lazy.add(slice, context);
        }
        Weaver weaver = new Weaver(lazy, AgentCounters.class.getMethod("adviceError", Throwable.class), notes);
        instrumentation.addTransformer(weaver, true);
        // Hooked classes loaded before the agent (always after an attach, rarely at premain) are woven now.
        weaver.retransformLoaded(instrumentation);

        Summaries summaries = new Summaries(config, version, connections, transport, log, events, slices, notes,
                startNanos);
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                summaries.summarize(true);
            }
        }, "reuse-agent-summary"));
        Duration interval = config.get(Options.SUMMARY_INTERVAL);
        if (interval != null) {
            new Timer("reuse-agent-summary-interval", true).scheduleAtFixedRate(new TimerTask() {
                @Override
                public void run() {
                    summaries.summarize(false);
                }
            }, interval.toMillis(), interval.toMillis());
        }
        AgentLog.info("reuse-agent " + version + " started" + (premain ? "" : " (attached)") + " in "
                + (System.nanoTime() - startNanos) / 1_000_000 + " ms on Java " + System.getProperty("java.version")
                + ": log=" + config.get(Options.LOG).name().toLowerCase(Locale.ROOT)
                + ", summary=" + config.get(Options.SUMMARY).name().toLowerCase(Locale.ROOT)
                + (config.get(Options.SUMMARY_FILE) == null ? "" : ", summaryFile=" + config.get(Options.SUMMARY_FILE)));
    }
}
