package dev.reuseagent.bench.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Classes loaded by one probe JVM, from its {@code -Xlog:class+load=info:file=...:none} log (one line
 * {@code name source: ...} per class, hidden classes such as lambdas included; other lines, such as
 * {@code opened: <jar>}, are not classes), split three ways, in this order:
 * Byte Buddy (any name containing {@code bytebuddy}, so reuse-agent's shaded copy and OpenTelemetry's Byte Buddy
 * glue count here), the agent's own (reuse-agent: {@code dev.reuseagent.*}; OpenTelemetry: {@code io.opentelemetry.*};
 * the probe's own {@code dev.reuseagent.bench.*} never), and the rest (JDK, client libraries, probe).
 */
public record ClassCounts(int total, int agent, int byteBuddy, int rest) {

    private static final String PROBE_PREFIX = "dev.reuseagent.bench.";

    public static ClassCounts read(Path log, String ownClassPrefix) throws IOException {
        int total = 0;
        int agent = 0;
        int byteBuddy = 0;
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                int source = line.indexOf(" source: ");
                if (source <= 0) {
                    continue; // "opened: <jar>" when a jar is added to the boot class path, not a class
                }
                String name = line.substring(0, source);
                total++;
                if (name.toLowerCase(Locale.ROOT).contains("bytebuddy")) {
                    byteBuddy++;
                } else if (ownClassPrefix != null && name.startsWith(ownClassPrefix)
                        && !name.startsWith(PROBE_PREFIX)) {
                    agent++;
                }
            }
        }
        return new ClassCounts(total, agent, byteBuddy, total - agent - byteBuddy);
    }
}
