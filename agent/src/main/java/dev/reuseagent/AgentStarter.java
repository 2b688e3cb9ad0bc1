package dev.reuseagent;

import dev.reuseagent.client.ClientSlices;
import dev.reuseagent.config.AgentConfig;
import dev.reuseagent.config.ConfigLoader;
import dev.reuseagent.config.ConfigProblem;
import dev.reuseagent.config.Options;

import java.lang.instrument.Instrumentation;

/**
 * The one start path of premain and agentmain, loaded from the bootstrap class path so there is exactly one
 * copy of the agent in the JVM: a second install, once the first has started the agent, does nothing. An install
 * refused for an invalid option starts nothing, so a later attach with corrected options can.
 */
public final class AgentStarter {

    /** A plain flag under the class lock: AtomicBoolean's VarHandle costs a cold JVM milliseconds to set up. */
    private static boolean started;

    private AgentStarter() {
    }

    /**
     * @throws FailFastException only when the configuration is invalid and failFast=true asked for it
     */
    public static synchronized void start(String arguments, Instrumentation instrumentation, boolean premain,
            String version) throws Exception {
        if (started) {
            System.err.println("[reuse-agent] already installed in this JVM; the second install is ignored");
            return;
        }
        AgentConfig config = ConfigLoader.forThisJvm()
                .acceptingNames(Options.ENFORCE, ClientSlices.enforceNames())
                .load(arguments);
        if (!config.usable()) {
            // Not started: an attach with corrected options may still start the agent later.
            boolean failFast = config.get(Options.FAIL_FAST);
            for (ConfigProblem problem : config.problems()) {
                System.err.println("[reuse-agent] " + problem.message() + (failFast
                        ? "; failFast=true: stopping the JVM"
                        : "; the agent is off for this run, the application runs unchanged"));
            }
            if (failFast) {
                throw new FailFastException("reuse-agent: invalid configuration and failFast=true");
            }
            return;
        }
        if (!config.get(Options.ENABLED)) {
            System.err.println("[reuse-agent] enabled=false: the agent is off for this run");
            return;
        }
        started = true; // from here on, even if the start fails half-way: never weave twice
        new AgentRuntime(config, version).start(instrumentation, premain);
    }
}
