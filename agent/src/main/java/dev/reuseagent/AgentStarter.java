package dev.reuseagent;

import dev.reuseagent.client.ClientSlices;
import dev.reuseagent.config.AgentConfig;
import dev.reuseagent.config.ConfigLoader;
import dev.reuseagent.config.ConfigProblem;
import dev.reuseagent.config.Options;

import java.lang.instrument.Instrumentation;

/**
 * The one start path of premain and agentmain, loaded from the bootstrap class path so there is exactly one
 * copy of the agent in the JVM: a second install finds {@link #STARTED} set and does nothing.
 */
public final class AgentStarter {

    /** A plain flag under the class lock: AtomicBoolean's VarHandle costs a cold JVM milliseconds to set up. */
    private static boolean started;

    private AgentStarter() {
    }

    private static synchronized boolean firstStart() {
        boolean first = !started;
        started = true;
        return first;
    }

    /**
     * @throws FailFastException only when the configuration is invalid and failFast=true asked for it
     */
    public static void start(String arguments, Instrumentation instrumentation, boolean premain, String version)
            throws Exception {
        if (!firstStart()) {
            System.err.println("[reuse-agent] already installed in this JVM; the second install is ignored");
            return;
        }
        AgentConfig config = ConfigLoader.forThisJvm()
                .acceptingNames(Options.ENFORCE, ClientSlices.enforceNames())
                .load(arguments);
        if (!config.usable()) {
            for (ConfigProblem problem : config.problems()) {
                System.err.println("[reuse-agent] " + problem.message()
                        + "; the agent is off for this run, the application runs unchanged");
            }
            if (config.get(Options.FAIL_FAST)) {
                throw new FailFastException("reuse-agent: invalid configuration and failFast=true");
            }
            return;
        }
        if (!config.get(Options.ENABLED)) {
            System.err.println("[reuse-agent] enabled=false: the agent is off for this run");
            return;
        }
        new AgentRuntime(config, version).start(instrumentation, premain);
    }
}
