package dev.reuseagent;

import dev.reuseagent.cli.Cli;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.util.jar.JarFile;

/**
 * Entry point of {@code -javaagent:reuse-agent.jar}, of attaching by pid, and of {@code java -jar reuse-agent.jar}.
 * It only makes sure the agent jar is visible to the bootstrap class loader (advice woven into java.base can call
 * only classes there) and hands over to {@link AgentStarter} loaded from there. Nothing it throws reaches the host.
 *
 * <p>The manifest's {@code Boot-Class-Path} normally puts the jar there before premain: appended then, at JVM start,
 * it leaves class data sharing alone, while an append from premain makes HotSpot warn on stderr that sharing is
 * now limited to boot classes. Only when the jar was renamed (the manifest names {@code reuse-agent.jar}) does
 * this class append it, and that warning appears.
 */
public final class ReuseAgent {

    private static final String STARTER = "dev.reuseagent.AgentStarter";

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
            if (!isOnBootstrapPath()) {
                // Loaded by the system class loader, so it has a code source (a boot class has none).
                File jar = new File(ReuseAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(jar));
            }
            // The version from the manifest of the jar this class was loaded from.
            String version = ReuseAgent.class.getPackage().getImplementationVersion();
            // A direct call, resolved now, after the append: this class's loader delegates to the boot loader first,
            // so it links the boot class path's AgentStarter. (Reflection would cost a cold JDK 18+ several
            // milliseconds of method-handle set-up.)
            AgentStarter.start(arguments, instrumentation, premain, version == null ? "unknown" : version);
        } catch (Throwable t) {
            System.err.println("[reuse-agent] could not start, the application runs without it: " + t);
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
}
