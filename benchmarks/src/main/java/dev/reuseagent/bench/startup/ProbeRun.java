package dev.reuseagent.bench.startup;

import java.util.Map;

/**
 * What one probe JVM gave: wall time (process start to exit, seen by the parent), peak RSS ({@code /usr/bin/time
 * %M}, KiB; -1 without it), the probe's first-request latencies, and, for reuse-agent, its start line's
 * {@code started in N ms} and the summary's {@code N connections opened} (null when absent). {@code classes} is set
 * for class-count runs only.
 */
public record ProbeRun(long wallNanos, long peakRssKiB, Map<String, Long> firstRequestNanos, String javaVersion,
        Long agentStartMillis, Integer agentConnections, ClassCounts classes) {

    public double wallMillis() {
        return wallNanos / 1e6;
    }
}
