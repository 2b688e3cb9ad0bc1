package dev.reuseagent;

import dev.reuseagent.client.ClientSlices;
import dev.reuseagent.config.AgentConfig;
import dev.reuseagent.config.ConfigLoader;
import dev.reuseagent.config.ConfigProblem;
import dev.reuseagent.config.Options;
import dev.reuseagent.util.SafeText;

import java.lang.instrument.Instrumentation;

/**
 * The one start path of premain and agentmain, loaded from the bootstrap class path so there is exactly one
 * copy of the agent in the JVM: a second install, once the first has started the agent, does nothing. An install
 * refused for an invalid option starts nothing, so a later attach with corrected options can. Every install ends
 * in a {@link StartOutcome}, which an attach hands back to the CLI ({@link AttachOutcome}).
 */
public final class AgentStarter {

    /**
     * The JVM's exit status when failFast=true stops it at start: EX_CONFIG of BSD's sysexits.h, "something was
     * found in an unconfigured or misconfigured state", distinct from what applications commonly return.
     */
    public static final int FAIL_FAST_EXIT_STATUS = 78;

    /** A plain flag under the class lock: AtomicBoolean's VarHandle costs a cold JVM milliseconds to set up. */
    private static boolean started;
    /** How the running agent was started and with which options, for a later install to report. */
    private static String running;
    /** The running agent, for dump and detach; null before a start and after a detach. */
    private static AgentRuntime runtime;

    private AgentStarter() {
    }

    /** Installs the agent unless it already runs; never throws (failFast=true at premain ends the JVM instead). */
    public static synchronized void start(String arguments, Instrumentation instrumentation, boolean premain,
            String version) {
        String token = premain ? null : AttachOutcome.token(arguments);
        String command = token == null ? null : AttachOutcome.command(arguments);
        StartOutcome outcome;
        try {
            outcome = command != null ? command(command)
                    : install(AttachOutcome.options(arguments), instrumentation, premain, version);
        } catch (Throwable t) {
            String message = "could not start, the application runs without it: " + t;
            System.err.println("[reuse-agent] " + message);
            outcome = new StartOutcome(StartOutcome.Kind.FAILED, message);
        }
        AttachOutcome.publish(token, outcome);
    }

    /** {@code dump}, {@code dump-json}, {@code detach} or {@code forget}, sent by the CLI to a running agent. */
    private static StartOutcome command(String command) {
        if (command.equals("forget")) {
            return new StartOutcome(StartOutcome.Kind.DONE, "");
        }
        if (runtime == null) {
            return new StartOutcome(StartOutcome.Kind.NOT_RUNNING, "the agent does not run in this JVM");
        }
        switch (command) {
            case "dump":
                return new StartOutcome(StartOutcome.Kind.DUMPED, runtime.dump(false));
            case "dump-json":
                return new StartOutcome(StartOutcome.Kind.DUMPED, runtime.dump(true));
            case "detach":
                String line = runtime.detach();
                runtime = null;
                started = false; // a later attach starts afresh
                running = null;
                return new StartOutcome(StartOutcome.Kind.DETACHED, line);
            default:
                return new StartOutcome(StartOutcome.Kind.FAILED, "unknown command '" + SafeText.text(command) + "'");
        }
    }

    private static StartOutcome install(String arguments, Instrumentation instrumentation, boolean premain,
            String version) throws Exception {
        if (started) {
            System.err.println("[reuse-agent] already installed in this JVM; the second install is ignored");
            return new StartOutcome(StartOutcome.Kind.ALREADY_RUNNING, "already runs in this JVM (" + running
                    + "); the options of this install were not applied");
        }
        AgentConfig config = ConfigLoader.forThisJvm()
                .acceptingNames(Options.ENFORCE, ClientSlices.enforceNames())
                .load(arguments);
        if (!config.usable()) {
            return refuse(config, premain);
        }
        if (!config.get(Options.ENABLED)) {
            String message = "enabled=false: the agent is off for this run";
            System.err.println("[reuse-agent] " + message);
            return new StartOutcome(StartOutcome.Kind.DISABLED, message);
        }
        started = true; // from here on, even if the start fails half-way: never weave twice
        running = (premain ? "since the JVM started" : "attached") + ", " + AgentRuntime.optionsText(config);
        runtime = new AgentRuntime(config, version);
        String startLine = runtime.start(instrumentation, premain);
        return new StartOutcome(StartOutcome.Kind.STARTED, startLine);
    }

    /**
     * One line per problem; then the agent stays off (not started: an attach with corrected options may still
     * start it), or, with failFast=true at JVM start, the JVM ends with {@link #FAIL_FAST_EXIT_STATUS} before the
     * application's main. Never when attaching: an attach must not end the application it attaches to.
     */
    private static StartOutcome refuse(AgentConfig config, boolean premain) {
        boolean stop = premain && config.get(Options.FAIL_FAST);
        StringBuilder lines = new StringBuilder();
        for (ConfigProblem problem : config.problems()) {
            String line = problem.message() + (stop
                    ? "; failFast=true: the JVM stops with status " + FAIL_FAST_EXIT_STATUS
                    : "; the agent is off for this run, the application runs unchanged");
            System.err.println("[reuse-agent] " + line);
            lines.append(lines.length() == 0 ? "" : "\n").append(line);
        }
        if (stop) {
            // System.exit, not an exception out of premain: that makes HotSpot abort (JPLIS assertion, status 134).
            // Nothing of the application has run yet; shutdown hooks of agents loaded before this one still run.
            System.exit(FAIL_FAST_EXIT_STATUS);
        }
        return new StartOutcome(StartOutcome.Kind.REFUSED, lines.toString());
    }
}
