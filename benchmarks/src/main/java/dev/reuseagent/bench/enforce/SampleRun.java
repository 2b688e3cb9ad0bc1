package dev.reuseagent.bench.enforce;

import java.util.List;

/**
 * One sample JVM's job, as measured.
 *
 * @param elapsedMs        the sample's own {@code sample: elapsed-ms}: first request to last, JVM start and exit
 *                         excluded (the metric)
 * @param wallMs           the parent's clock from process start to exit (for information: JVM start, the agent's
 *                         premain and the exit are in it)
 * @param server           what the server saw during this JVM's life
 * @param output           the sample's {@code sample: output=<digest> observations=<n>} line (what the application saw)
 * @param agentConnections the agent's own "connections opened" from its summary, null without the agent
 * @param enforceLines     the agent's {@code enforce <client> <repair> at <site>} log lines (a repair applied)
 * @param notApplied       the agent's {@code enforce ... not applied: <why>} lines, as printed
 */
public record SampleRun(long elapsedMs, double wallMs, HttpsLoopbackServer.Counts server, String output,
        Integer agentConnections, int enforceLines, List<String> notApplied) {
}
