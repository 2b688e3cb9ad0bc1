package dev.reuseagent;

import dev.reuseagent.cli.Cli;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.util.jar.JarFile;

/**
 * Entry point of {@code -javaagent:reuse-agent.jar}, of attaching by pid, and of {@code java -jar reuse-agent.jar}.
 * It only makes the agent jar visible to the bootstrap class loader (advice woven into java.base can call only
 * classes there) and hands over to {@link AgentStarter} loaded from there. Nothing it throws reaches the host,
 * except the failure failFast=true asks for.
 */
public final class ReuseAgent {

    private static final String STARTER = "dev.reuseagent.AgentStarter";
    private static final String FAIL_FAST = "dev.reuseagent.FailFastException";

    private ReuseAgent() {
    }

    public static void premain(String arguments, Instrumentation instrumentation) {
        start(arguments, instrumentation, true);
    }

    public static void agentmain(String arguments, Instrumentation instrumentation) {
        start(arguments, instrumentation, false);
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args, System.out, System.err));
    }

    private static void start(String arguments, Instrumentation instrumentation, boolean premain) {
        try {
            File jar = new File(ReuseAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!isOnBootstrapPath()) {
                instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(jar));
            }
            // The version from the manifest this class was just loaded from: the boot loader would read it through
            // the JDK's module image first.
            String version = ReuseAgent.class.getPackage().getImplementationVersion();
            // A direct call, resolved now, after the append: this class's loader delegates to the boot loader first,
            // so it links the boot class path's AgentStarter. (Reflection would cost a cold JDK 18+ several
            // milliseconds of method-handle set-up.)
            AgentStarter.start(arguments, instrumentation, premain, version == null ? "unknown" : version);
        } catch (RuntimeException e) {
            // Compared by name: the exception class lives on the bootstrap class path, this class does not.
            if (e.getClass().getName().equals(FAIL_FAST)) {
                throw e; // failFast=true with an invalid option: stop the JVM
            }
            report(e);
        } catch (Throwable t) {
            report(t);
        }
    }

    private static boolean isOnBootstrapPath() {
        try {
            Class.forName(STARTER, false, null);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void report(Throwable t) {
        System.err.println("[reuse-agent] could not start, the application runs without it: " + t);
    }
}
