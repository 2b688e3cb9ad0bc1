package dev.reuseagent.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** One run of {@code java -jar reuse-agent.jar <args>} on a JDK of the matrix: its exit status and its output. */
final class AgentCli {

    final int status;
    /** stdout and stderr together. */
    final String output;

    private AgentCli(int status, String output) {
        this.status = status;
        this.output = output;
    }

    static AgentCli run(Jdk jdk, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(jdk.java().toString(), "-jar", ChildJvm.AGENT_JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI did not finish: " + command);
        return new AgentCli(process.exitValue(), output);
    }
}
