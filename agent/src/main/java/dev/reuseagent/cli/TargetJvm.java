package dev.reuseagent.cli;

import dev.reuseagent.AttachOutcome;
import dev.reuseagent.StartOutcome;

import java.io.File;
import java.security.SecureRandom;

/** One round trip to a running JVM: load this jar there with some arguments, read back what it did. */
final class TargetJvm {

    private final String pid;

    TargetJvm(String pid) {
        this.pid = pid;
    }

    /** Starts the agent there with these options (in agent-argument syntax). */
    StartOutcome attach(String options) throws Exception {
        String token = newToken();
        return load(AttachOutcome.arguments(token, options), token);
    }

    /** Asks the agent running there for {@code dump}, {@code dump-json} or {@code detach}. */
    StartOutcome command(String command) throws Exception {
        String token = newToken();
        return load(AttachOutcome.commandArguments(token, command), token);
    }

    /**
     * @return what the agent there reported, or null when it said nothing (an older version answers no command)
     * @throws Exception when the JVM cannot be attached to or the agent cannot be loaded there
     */
    private StartOutcome load(String arguments, String token) throws Exception {
        String jar = new File(TargetJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        com.sun.tools.attach.VirtualMachine vm = com.sun.tools.attach.VirtualMachine.attach(pid);
        try {
            vm.loadAgent(jar, arguments);
            return AttachOutcome.read(vm.getSystemProperties(), token);
        } finally {
            vm.detach();
        }
    }

    /** A token per round trip, so an answer left by another attach is never read as this one's. */
    private static String newToken() {
        return Long.toHexString(new SecureRandom().nextLong());
    }
}
