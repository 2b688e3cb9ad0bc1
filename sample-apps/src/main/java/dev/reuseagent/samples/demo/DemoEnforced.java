package dev.reuseagent.samples.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's last step: one bad pattern run again in a second JVM with the same agent and {@code enforce=} for its
 * client, so the demo shows a repair without a second command. The second JVM's output is relayed on stdout,
 * prefixed, so it is not mistaken for this JVM's own log.
 */
final class DemoEnforced {

    static final String PREFIX = "demo:   | ";

    private DemoEnforced() {
    }

    /** The agent jar this JVM was started with ({@code -javaagent:<jar>[=options]}), or null. */
    static Path agentJar() {
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-javaagent:")) {
                String spec = arg.substring("-javaagent:".length());
                int options = spec.indexOf('=');
                return Paths.get(options < 0 ? spec : spec.substring(0, options));
            }
        }
        return null;
    }

    /**
     * Runs {@code SampleMain <client> <pattern> --url <url> --requests <n>} in a child JVM with
     * {@code enforce=<enforceName>} and the summary off (this JVM prints the summary that matters).
     *
     * @return the child's exit status
     */
    static int run(Path agentJar, String enforceName, String client, String pattern, String url, int requests)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-javaagent:" + agentJar + "=enforce=" + enforceName + ",summary=off");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.reuseagent.samples.SampleMain");
        command.add(client);
        command.add(pattern);
        command.add("--url");
        command.add(url);
        command.add("--requests");
        command.add(Integer.toString(requests));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("[reuse-agent]")) { // its log; the sample's own result lines are repeated below
                    System.out.println(PREFIX + line);
                }
            }
        }
        return process.waitFor();
    }
}
