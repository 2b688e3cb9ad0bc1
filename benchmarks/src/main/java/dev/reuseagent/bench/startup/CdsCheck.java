package dev.reuseagent.bench.startup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Why the empty agent costs what it costs, observed rather than asserted: the {@code -Xlog:cds} lines about the
 * archived module graph of the {@code none} probe without an agent and with the empty agent. Loading module
 * {@code java.instrument} (which every {@code -javaagent} does) is a module option the CDS archive was not dumped
 * with, so on JDK 17 and 25 the JVM turns off "optimized module handling" and the archived "full module graph" and
 * builds the module graph at start-up. A JDK that keeps them shows "enabled" for both, and the report says so.
 *
 * @param noAgent the no-agent run's module-graph lines
 * @param emptyAgent the empty agent's, including the JDK's reason when it gives one
 */
public record CdsCheck(List<String> noAgent, List<String> emptyAgent) {

    private static final String FULL_MODULE_GRAPH = "full module graph: ";

    public static CdsCheck run(ProbeLauncher launcher, StartupConfig noAgent, StartupConfig emptyAgent)
            throws IOException, InterruptedException {
        return new CdsCheck(moduleLines(launcher.cdsLog(noAgent)), moduleLines(launcher.cdsLog(emptyAgent)));
    }

    /**
     * The lines that say whether the module graph came from the archive, and why not: JDK 17 prints "optimized module
     * handling: disabled due to incompatible property: jdk.module.addmods.0=java.instrument", JDK 25 "Mismatched
     * values for property jdk.module.addmods: java.instrument specified during runtime but not during dump time".
     */
    static List<String> moduleLines(List<String> log) {
        List<String> lines = new ArrayList<>();
        for (String line : log) {
            String l = line.trim();
            if (l.startsWith("optimized module handling") || l.startsWith(FULL_MODULE_GRAPH)
                    || l.startsWith("Mismatched values for property jdk.module")) {
                lines.add(l);
            }
        }
        return lines;
    }

    /** True when the log shows the full module graph archived without an agent and turned off by the empty one. */
    public boolean agentTurnsOffModuleGraph() {
        return noAgent.contains(FULL_MODULE_GRAPH + "enabled") && emptyAgent.contains(FULL_MODULE_GRAPH + "disabled");
    }

    /** The JDK's reason for turning it off ("... due to ..." or "Mismatched values ..."), or null. */
    public String reason() {
        for (String line : emptyAgent) {
            if (line.contains(" due to ") || line.startsWith("Mismatched")) {
                return line;
            }
        }
        return null;
    }

    /** One line for the report: the observed reason, then the other part of the floor. */
    public String explanation() {
        String reflection = "JPLIS also calls premain by reflection";
        if (agentTurnsOffModuleGraph()) {
            String reason = reason();
            return "-javaagent loads module java.instrument, so CDS's archived full module graph is not used "
                    + "(-Xlog:cds: no agent \"" + FULL_MODULE_GRAPH + "enabled\"; empty agent \"" + FULL_MODULE_GRAPH
                    + "disabled\"" + (reason == null ? "" : ", \"" + reason + "\"") + "); " + reflection;
        }
        return "-Xlog:cds does not show the empty agent turning off CDS's full module graph here (no agent: "
                + describe(noAgent) + "; empty agent: " + describe(emptyAgent) + "); " + reflection;
    }

    private static String describe(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith(FULL_MODULE_GRAPH)) {
                return "\"" + line + "\"";
            }
        }
        return "no module-graph line, CDS off?";
    }
}
