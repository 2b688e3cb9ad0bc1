package dev.reuseagent;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.ClientSlices;
import dev.reuseagent.config.AgentConfig;
import dev.reuseagent.config.Options;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.report.AgentLog;
import dev.reuseagent.jfr.JfrSink;
import dev.reuseagent.report.Summary;
import dev.reuseagent.report.SummaryJson;
import dev.reuseagent.report.SummaryText;
import dev.reuseagent.report.EventStreamWriter;
import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.util.SafeText;
import dev.reuseagent.weave.Weaver;

import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    // Set by start: what detach and dump need.
    private Instrumentation instrumentation;
    private Weaver weaver;
    private Summaries summaries;
    private Outputs outputs;

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
        return slice.enforceName() != null && config.get(Options.ENFORCE).contains(slice.enforceName());
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

        summaries = new Summaries(config, version, this, events, slices, notes, startNanos);
        outputs = new Outputs(summaries);
        outputs.start(config, notes);
        this.instrumentation = instrumentation;
        this.weaver = weaver;
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

    /** The summary as it stands, as text or as the JSON of {@code summaryFile} ({@code dump}). */
    synchronized String dump(boolean json) {
        Summary now = summaries.current();
        return json ? SummaryJson.render(now) : SummaryText.render(now);
    }

    /**
     * Takes the agent out of the running JVM ({@code detach}): every woven class gets its own bytes back, the
     * threads, servers and the exit hook stop, and the summary of the attached period is printed and written one
     * last time. The application goes on untouched; a later attach starts afresh.
     *
     * @return the line that says what was undone
     */
    synchronized String detach() {
        int restored = weaver.unweave(instrumentation);
        outputs.stop();
        summaries.summarize(true);
        if (events != null) {
            events.close();
        }
        String line = "reuse-agent detached: advice taken out of " + restored
                + (restored == 1 ? " class" : " classes") + "; the summary above covers the period it watched";
        AgentLog.info(line);
        return line;
    }
}
