package dev.reuseagent.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The agent's own share of a fork's CPU, read from a Java Flight Recorder file: the fraction of execution samples
 * (threads running Java code, all threads of the fork) with a frame of the agent's code on the stack. It measures
 * the agent's direct cost on the reused path precisely, where the throughput ratio of a loopback ping-pong on a small
 * machine is too noisy to resolve 3 %. It does not see indirect costs (a larger instrumented method that the JIT no
 * longer inlines), which only the throughput and CPU ratios include. Samples of threads in native code (socket
 * reads and writes) are not execution samples, so the share is of the Java-running time: an overestimate of the
 * share of all CPU time.
 */
final class AgentShareProfile {

    /** The agent's classes; the benchmark's own (dev.reuseagent.bench) are not the agent. */
    private static final String AGENT_PACKAGE = "dev.reuseagent.";
    private static final String BENCH_PACKAGE = "dev.reuseagent.bench.";
    final long samples;
    final long agentSamples;
    /** Innermost agent method of each agent sample, counted. */
    final Map<String, Long> agentMethods;

    private AgentShareProfile(long samples, long agentSamples, Map<String, Long> agentMethods) {
        this.samples = samples;
        this.agentSamples = agentSamples;
        this.agentMethods = agentMethods;
    }

    static AgentShareProfile read(Path recording) throws IOException {
        long samples = 0;
        long agent = 0;
        Map<String, Long> methods = new HashMap<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName())) {
                    continue;
                }
                samples++;
                String innermost = innermostAgentMethod(event.getStackTrace());
                if (innermost != null) {
                    agent++;
                    methods.merge(innermost, 1L, Long::sum);
                }
            }
        }
        return new AgentShareProfile(samples, agent, methods);
    }

    /** The first (innermost) frame of the agent's code, as Class#method, or null when the agent is not on the stack. */
    private static String innermostAgentMethod(RecordedStackTrace stack) {
        if (stack == null) {
            return null;
        }
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame()) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            if (type.startsWith(AGENT_PACKAGE) && !type.startsWith(BENCH_PACKAGE)) {
                return type.substring(type.lastIndexOf('.') + 1) + "#" + frame.getMethod().getName();
            }
        }
        return null;
    }

    double share() {
        return samples == 0 ? Double.NaN : (double) agentSamples / samples;
    }

    /** Upper bound of the share (Wilson score interval, one-sided 99.9 %). */
    double upperBound() {
        return Stats.wilsonUpperBound(agentSamples, samples, Stats.Z_ONE_SIDED_999);
    }

    /** The agent methods seen most, e.g. "ConnectionTracker#exchangeDone 12, WeakIdentityMap#get 7". */
    String topMethods(int limit) {
        List<Map.Entry<String, Long>> sorted = agentMethods.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .collect(Collectors.toList());
        return sorted.isEmpty() ? "none" : sorted.stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    String describe() {
        return String.format(Locale.ROOT, "%.2f %% of %d samples (%d), 99.9 %% upper bound %.2f %%", share() * 100,
                samples, agentSamples, upperBound() * 100);
    }
}
