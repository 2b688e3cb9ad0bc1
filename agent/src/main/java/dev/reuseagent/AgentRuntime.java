package dev.reuseagent;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.ClientSlices;
import dev.reuseagent.config.AgentConfig;
import dev.reuseagent.config.ListenAddress;
import dev.reuseagent.config.Options;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.report.AgentLog;
import dev.reuseagent.jfr.JfrSink;
import dev.reuseagent.jmx.ReuseBean;
import dev.reuseagent.prometheus.MetricsServer;
import dev.reuseagent.report.Summary;
import dev.reuseagent.report.EventStreamWriter;
import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.util.SafeText;
import dev.reuseagent.weave.Weaver;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
    private EventStreamWriter events;
    private JfrSink jfr;
    private Trackers trackers;
    private final List<Enforcement> enforcements = new ArrayList<>();

    /** The trackers once the first slice started, else null. */
    synchronized Trackers trackersIfStarted() {
        return trackers;
    }

    /** The trackers every slice reports to, built by the first slice that starts. */
    synchronized Trackers trackers() {
        if (trackers == null) {
            trackers = new Trackers(config, slices, events, jfr);
        }
        return trackers;
    }

    /** True if {@code enforce=} names this slice's client. */
    boolean enforces(ClientSlice slice) {
        return config.get(Options.ENFORCE).contains(slice.enforceName());
    }

    /** A new enforcement ledger for a slice that starts while enforcing, kept for the summary. */
    synchronized Enforcement enforcement(ClientSlice slice, SiteFinder sites) {
        Enforcement enforcement = new Enforcement(slice.name(), slice.enforceName(), sites,
                config.get(Options.ENFORCE_DRAIN), config.get(Options.ENFORCE_POOL_SIZE));
        enforcements.add(enforcement);
        return enforcement;
    }

    /** The enforcement ledgers of the slices started so far. */
    synchronized List<Enforcement> enforcements() {
        return new ArrayList<>(enforcements);
    }

    AgentRuntime(AgentConfig config, String version) {
        this.config = config;
        this.version = version;
    }

    /** @return the start line, as logged */
    String start(Instrumentation instrumentation, boolean premain) throws Exception {
        long startNanos = System.nanoTime();
        AgentLog.init(config.get(Options.LOG_FILE));
        Path eventsFile = config.get(Options.EVENTS);
        // Opened now, so that an old file is truncated even if this JVM never connects.
        events = eventsFile == null ? null : new EventStreamWriter(eventsFile);
        Notes notes = new Notes();
        if (config.get(Options.JFR)) {
            jfr = JfrSink.create();
            if (jfr == null) {
                notes.problem("jfr=true, but this JVM has no Flight Recorder (module jdk.jfr): no JFR events");
            }
        }
        LazySlices lazy = new LazySlices(notes, this, !premain, instrumentation);
        lazy.addTransport();
        for (ClientSlice slice : slices) {
            lazy.add(slice);
        }
        Weaver weaver = new Weaver(lazy, AgentCounters.class.getMethod("adviceError", Throwable.class), notes);
        instrumentation.addTransformer(weaver, true);
        // Hooked classes already loaded are woven before the application goes on: always some after an attach,
        // and at premain too (on JDK 25, opening the events file loads sun.nio.ch.SocketChannelImpl).
        weaver.retransformLoaded(instrumentation);

        Summaries summaries = new Summaries(config, version, this, events, slices, notes, startNanos);
        Supplier<Summary> current = new Supplier<Summary>() {
            @Override
            public Summary get() {
                return summaries.current();
            }
        };
        if (config.get(Options.JMX)) {
            registerMBean(current, notes);
        }
        ListenAddress prometheus = config.get(Options.PROMETHEUS);
        if (prometheus != null) {
            servePrometheus(prometheus, current, notes);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                summaries.atExit();
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
        String startLine = "reuse-agent " + version + " started" + (premain ? "" : " (attached)") + " in "
                + (System.nanoTime() - startNanos) / 1_000_000 + " ms on Java " + System.getProperty("java.version")
                + ": " + optionsText(config);
        AgentLog.info(startLine);
        return startLine;
    }

    /** The options a user most needs to know the agent runs with: {@code log=new, summary=exit, summaryFile=...}. */
    static String optionsText(AgentConfig config) {
        return "log=" + config.get(Options.LOG).name().toLowerCase(Locale.ROOT)
                + ", summary=" + config.get(Options.SUMMARY).name().toLowerCase(Locale.ROOT)
                + (config.get(Options.ENFORCE).isEmpty() ? "" : ", enforce=" + String.join("+", config.get(Options.ENFORCE)))
                + (config.get(Options.SUMMARY_FILE) == null ? "" : ", summaryFile=" + SafeText.text(String.valueOf(config.get(Options.SUMMARY_FILE))));
    }

    private static void registerMBean(Supplier<Summary> current, Notes notes) {
        try {
            ReuseBean.register(current);
        } catch (Exception | LinkageError e) {
            notes.problem("jmx=true, but MBean " + ReuseBean.NAME + " could not be registered: " + e);
        }
    }

    private static void servePrometheus(ListenAddress address, Supplier<Summary> current, Notes notes) {
        try {
            int port = MetricsServer.start(address.host(), address.port(), current);
            AgentLog.info("serving Prometheus metrics on http://" + new ListenAddress(address.host(), port)
                    + "/metrics");
        } catch (IOException | RuntimeException e) {
            notes.problem("prometheus=" + address + ": could not listen, no metrics are served: " + e);
        }
    }
}
