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
import dev.reuseagent.report.Summary;
import dev.reuseagent.report.SummaryJson;
import dev.reuseagent.report.SummaryText;
import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.SocketInstrumentation;
import dev.reuseagent.transport.TlsInstrumentation;
import dev.reuseagent.transport.TransportHooks;
import dev.reuseagent.transport.TransportTracker;
import dev.reuseagent.weave.Instrumenter;
import dev.reuseagent.weave.Target;
import net.bytebuddy.dynamic.ClassFileLocator;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The running agent: trackers, reporters and instrumentation wired from one configuration. */
final class AgentRuntime {

    private final AgentConfig config;
    private final String version = readVersion();
    private final List<String> notes = new ArrayList<>();
    private final List<ClientSlice> slices = ClientSlices.all();
    private LogReporter log;
    private EventStreamWriter events;
    private ConnectionTracker connections;
    private TransportTracker transport;
    private Instrumenter instrumenter;

    AgentRuntime(AgentConfig config) {
        this.config = config;
    }

    void start(Instrumentation instrumentation, String agentJar, boolean premain) throws Exception {
        long startNanos = System.nanoTime();
        AgentLog.init(config.get(Options.LOG_FILE));
        long logNanos = System.nanoTime();
        List<EventSink> sinks = new ArrayList<>();
        log = new LogReporter(config.get(Options.LOG), config.get(Options.LOG_LIMIT), AgentLog::info);
        sinks.add(log);
        Path eventsFile = config.get(Options.EVENTS);
        if (eventsFile != null) {
            events = new EventStreamWriter(eventsFile);
            sinks.add(events);
        }
        int maxOrigins = config.get(Options.MAX_ORIGINS);
        List<String> libraryPackages = new ArrayList<>();
        for (ClientSlice slice : slices) {
            libraryPackages.addAll(slice.libraryPackages());
        }
        SiteFinder sites = new SiteFinder(config.get(Options.SITES), libraryPackages, config.get(Options.SITE_EXCLUDE));
        transport = new TransportTracker(maxOrigins, sites);
        connections = new ConnectionTracker(new CompositeSink(sinks),
                new HostFilter(config.get(Options.INCLUDE), config.get(Options.EXCLUDE)), maxOrigins,
                System::nanoTime);
        if (!config.get(Options.ENFORCE).isEmpty()) {
            notes.add("enforce=" + String.join("+", config.get(Options.ENFORCE))
                    + " was accepted but enforcement is not implemented in this version: nothing was changed");
        }
        TransportHooks.install(transport);
        SliceContext context = new SliceContext(connections, transport, !premain);
        List<Target> targets = new ArrayList<>();
        targets.addAll(SocketInstrumentation.targets());
        targets.addAll(TlsInstrumentation.targets());
        for (ClientSlice slice : slices) {
            slice.start(context);
            targets.addAll(slice.targets());
        }
        // Load the always-present transport classes first so that they are rewritten now and the self-check
        // below can tell whether instrumentation really took.
        Class.forName("java.net.Socket");
        instrumenter = new Instrumenter(ClassFileLocator.ForJarFile.of(new File(agentJar)), AgentLog::warn);
        long installStart = System.nanoTime();
        instrumenter.install(instrumentation, targets);
        long installNanos = System.nanoTime() - installStart;
        if (!instrumenter.isTransformed("java.net.Socket")) {
            AgentLog.warn("self-check failed: java.net.Socket was not instrumented, TCP connects will not be seen");
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> summarize(true), "reuse-agent-summary"));
        Duration interval = config.get(Options.SUMMARY_INTERVAL);
        if (interval != null) {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "reuse-agent-summary-interval");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(() -> summarize(false), interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        AgentLog.info("reuse-agent " + version + " started" + (premain ? "" : " (attached)") + " in "
                + (System.nanoTime() - startNanos) / 1_000_000 + " ms (logger " + (logNanos - startNanos) / 1_000_000
                + " ms, instrumentation " + installNanos / 1_000_000 + " ms) on Java "
                + System.getProperty("java.version") + ": log=" + config.get(Options.LOG).name().toLowerCase()
                + ", summary=" + config.get(Options.SUMMARY).name().toLowerCase()
                + (config.get(Options.SUMMARY_FILE) == null ? "" : ", summaryFile=" + config.get(Options.SUMMARY_FILE)));
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
        s.notes.addAll(notes);
        instrumenter.failures().forEach((type, error) -> s.notes.add("could not instrument " + type + ": " + error));
        return s;
    }

    static String readVersion() {
        try (InputStream in = AgentRuntime.class.getResourceAsStream("/dev/reuseagent/agent.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
