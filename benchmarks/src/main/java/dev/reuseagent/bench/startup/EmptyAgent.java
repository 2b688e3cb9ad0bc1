package dev.reuseagent.bench.startup;

import java.lang.instrument.Instrumentation;

/**
 * The start-up benchmark's {@code empty-agent} configuration: a {@code -javaagent} whose premain does nothing, so
 * its cost over no agent is what the JVM charges for any agent (the floor). Packaged into its own jar by
 * {@link EmptyAgentJar}. Deliberately references nothing: loading or verifying it pulls in no other class.
 */
public final class EmptyAgent {

    private EmptyAgent() {
    }

    public static void premain(String args, Instrumentation instrumentation) {
        // nothing: see the class comment
    }
}
