package dev.reuseagent.bench.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

/**
 * One way to start the probe JVM: no agent, an empty agent (the floor any agent pays), reuse-agent with default
 * options, or the OpenTelemetry Java agent with its exporters off. {@code ownClassPrefix} names the agent's own
 * classes in the class-load log.
 */
public record StartupConfig(String id, String label, List<String> jvmArgs, String ownClassPrefix) {

    public static final String BASELINE = "none";

    public static final String EMPTY_AGENT = "empty-agent";

    public static StartupConfig noAgent() {
        return new StartupConfig(BASELINE, "no agent", List.of(), null);
    }

    /**
     * {@link EmptyAgent}'s jar: what a {@code -javaagent} costs before its premain does anything. No own-class
     * prefix: its one class is in the probe's package, which the class counts never call an agent's.
     */
    public static StartupConfig emptyAgent(Path jar) {
        return new StartupConfig(EMPTY_AGENT, "empty -javaagent (any agent's floor)", List.of("-javaagent:" + jar),
                null);
    }

    public static StartupConfig reuseAgent(Path jar) {
        return new StartupConfig("reuse-agent", "reuse-agent", List.of("-javaagent:" + jar), "dev.reuseagent.");
    }

    /** Exporters {@code none}: the agent instruments as usual but sends nothing anywhere. */
    public static StartupConfig openTelemetry(Path jar) {
        String version = "?";
        try (JarFile file = new JarFile(jar.toFile())) {
            String v = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue("Implementation-Version");
            version = v == null ? version : v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
        return new StartupConfig("otel", "opentelemetry-javaagent " + version, List.of("-javaagent:" + jar,
                "-Dotel.traces.exporter=none", "-Dotel.metrics.exporter=none", "-Dotel.logs.exporter=none"),
                "io.opentelemetry.");
    }

    /** The configuration column's width: 31 as before the empty agent, wider for a longer label. */
    public static int labelWidth(List<StartupConfig> configs) {
        int width = 31;
        for (StartupConfig c : configs) {
            width = Math.max(width, c.label().length());
        }
        return width;
    }

    public boolean isBaseline() {
        return id.equals(BASELINE);
    }

    public boolean isEmptyAgent() {
        return id.equals(EMPTY_AGENT);
    }

    public boolean isReuseAgent() {
        return id.equals("reuse-agent");
    }
}
