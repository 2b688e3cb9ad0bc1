package dev.reuseagent.bench.enforce;

import dev.reuseagent.bench.startup.Json;
import dev.reuseagent.bench.startup.Stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.reuseagent.bench.enforce.EnforceReportFormat.agentSummary;
import static dev.reuseagent.bench.enforce.EnforceReportFormat.counted;
import static dev.reuseagent.bench.enforce.EnforceReportFormat.goal;
import static dev.reuseagent.bench.enforce.EnforceReportFormat.line;
import static dev.reuseagent.bench.enforce.EnforceReportFormat.ms;
import static dev.reuseagent.bench.enforce.EnforceReportFormat.notApplied;
import static dev.reuseagent.bench.enforce.EnforceReportFormat.outputText;
import static dev.reuseagent.bench.enforce.EnforceReportFormat.serverCounts;
import static dev.reuseagent.bench.enforce.EnforceReportFormat.stats;
import static dev.reuseagent.bench.enforce.EnforceReportFormat.statsJson;

/**
 * The result: per client, the median elapsed time of each job, the two ratios against their goals, what the server
 * counted, and what the agent said it did; then a markdown table for the README and the same in JSON. Ratios are of
 * medians; the per-round ratios (each round runs the three jobs back to back) are shown beside them so the noise
 * is visible, not hidden in a single number. The formatting of each job's runs is {@link EnforceReportFormat}'s.
 */
public final class EnforceReport {

    /** Enforcement must make the bad job at least this much faster (issue: "≥ 5× faster than the bad job"). */
    public static final double SPEED_UP_GOAL = 5.0;
    /** ... and leave it at most this much slower than the well-written job ("within 1.3×"). */
    public static final double VS_SHARED_GOAL = 1.3;

    private final List<EnforceClient> clients;
    private final Map<EnforceClient, Map<EnforceConfig, List<SampleRun>>> runs;
    private final Map<String, Object> settings;
    /** Null when the one-request jobs were not run. */
    private final CostSplit split;

    public EnforceReport(List<EnforceClient> clients, Map<EnforceClient, Map<EnforceConfig, List<SampleRun>>> runs,
            CostSplit split, Map<String, Object> settings) {
        this.clients = clients;
        this.runs = runs;
        this.split = split;
        this.settings = settings;
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        line(out, "");
        line(out, "elapsed = the sample's own elapsed-ms (first request to last), median [min .. max] ms; wall = whole "
                + "JVM, for information; server = connections accepted / TLS handshakes / requests, per run");
        for (EnforceClient client : clients) {
            Map<EnforceConfig, List<SampleRun>> byConfig = runs.get(client);
            line(out, "");
            line(out, "%s (%s)", client.id, client.description);
            for (EnforceConfig config : EnforceConfig.values()) {
                List<SampleRun> list = byConfig.get(config);
                Stats elapsed = stats(list, r -> r.elapsedMs());
                line(out, "  %-8s %-36s elapsed %s   wall %.0f ms   server %s%s", config.id, config.label,
                        String.format(Locale.ROOT, "%6.0f ms [%.0f .. %.0f]", elapsed.median(), elapsed.min(),
                                elapsed.max()), stats(list, SampleRun::wallMs).median(), serverCounts(list),
                        config.withAgent ? "   agent: " + agentSummary(list) : "");
            }
            // a speed-up without fewer connections is the machine's noise, not enforcement: say so beside it
            boolean fewer = stats(byConfig.get(EnforceConfig.ENFORCE), r -> r.server().accepted()).median()
                    < stats(byConfig.get(EnforceConfig.BAD), r -> r.server().accepted()).median();
            line(out, "  speed-up bad/enforce   %s   goal >= %.0fx: %s%s", ratioText(client, EnforceConfig.BAD,
                    EnforceConfig.ENFORCE), SPEED_UP_GOAL, speedUp(client) >= SPEED_UP_GOAL ? "PASS" : "MISS",
                    fewer ? "" : " (the server saw no fewer connections with enforce)");
            line(out, "  enforce/shared         %s   goal <= %.1fx: %s", ratioText(client, EnforceConfig.ENFORCE,
                    EnforceConfig.SHARED), VS_SHARED_GOAL, vsShared(client) <= VS_SHARED_GOAL ? "PASS" : "MISS");
            if (split != null) {
                out.append(split.text(client));
            }
            line(out, "  application output     %s", outputText(byConfig));
            for (String note : notApplied(byConfig.get(EnforceConfig.ENFORCE))) {
                line(out, "  agent said: %s", note);
            }
        }
        line(out, "");
        line(out, "markdown (for the README):");
        line(out, "");
        out.append(markdown());
        if (split != null) {
            line(out, "");
            line(out, "where the time goes (markdown):");
            line(out, "");
            out.append(split.markdown());
        }
        return out.toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        line(out, "| client | bad pattern, no agent | bad pattern, `%s` | shared client, no agent "
                + "| speed-up (goal ≥ 5×) | vs shared (goal ≤ 1.3×) | server connections bad / enforce / shared |",
                settings.getOrDefault("agentOptions", "enforce=all"));
        line(out, "|---|---:|---:|---:|---:|---:|---|");
        for (EnforceClient client : clients) {
            Map<EnforceConfig, List<SampleRun>> byConfig = runs.get(client);
            line(out, "| %s | %s | %s | %s | %s | %s | %s |", client.description,
                    ms(byConfig.get(EnforceConfig.BAD)), ms(byConfig.get(EnforceConfig.ENFORCE)),
                    ms(byConfig.get(EnforceConfig.SHARED)),
                    goal(speedUp(client), speedUp(client) >= SPEED_UP_GOAL),
                    goal(vsShared(client), vsShared(client) <= VS_SHARED_GOAL),
                    List.of(EnforceConfig.values()).stream().map(c -> counted(byConfig.get(c), r -> r.server().accepted()))
                            .collect(Collectors.joining(" / ")));
        }
        return out.toString();
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("benchmark", "enforce");
        root.put("settings", settings);
        Map<String, Object> byClient = new LinkedHashMap<>();
        for (EnforceClient client : clients) {
            Map<EnforceConfig, List<SampleRun>> byConfig = runs.get(client);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("description", client.description);
            Map<String, Object> configs = new LinkedHashMap<>();
            for (EnforceConfig config : EnforceConfig.values()) {
                List<SampleRun> list = byConfig.get(config);
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("label", config.label);
                j.put("pattern", config.pattern(client));
                j.put("agent", config.withAgent);
                j.put("elapsedMs", statsJson(stats(list, r -> r.elapsedMs())));
                j.put("wallMs", statsJson(stats(list, SampleRun::wallMs)));
                j.put("serverConnections", list.stream().map(r -> r.server().accepted()).collect(Collectors.toList()));
                j.put("serverHandshakes", list.stream().map(r -> r.server().handshakes()).collect(Collectors.toList()));
                j.put("serverRequests", list.stream().map(r -> r.server().requests()).collect(Collectors.toList()));
                j.put("output", list.stream().map(SampleRun::output).distinct().collect(Collectors.toList()));
                if (config.withAgent) {
                    j.put("agentConnectionsOpened", list.stream().map(SampleRun::agentConnections)
                            .collect(Collectors.toList()));
                    j.put("agentEnforceLines", list.stream().map(SampleRun::enforceLines).collect(Collectors.toList()));
                    j.put("agentNotApplied", new ArrayList<>(notApplied(list)));
                }
                configs.put(config.id, j);
            }
            c.put("configs", configs);
            c.put("speedUp", speedUp(client));
            c.put("speedUpRounds", roundRatios(client, EnforceConfig.BAD, EnforceConfig.ENFORCE));
            c.put("speedUpGoal", SPEED_UP_GOAL);
            c.put("vsShared", vsShared(client));
            c.put("vsSharedRounds", roundRatios(client, EnforceConfig.ENFORCE, EnforceConfig.SHARED));
            c.put("vsSharedGoal", VS_SHARED_GOAL);
            if (split != null) {
                c.put("costSplit", split.json(client));
            }
            byClient.put(client.id, c);
        }
        root.put("clients", byClient);
        root.put("markdown", markdown());
        root.put("markdownCostSplit", split == null ? null : split.markdown());
        return Json.write(root);
    }

    /** Median elapsed of the bad job over median elapsed of the enforced one. */
    public double speedUp(EnforceClient client) {
        return ratio(client, EnforceConfig.BAD, EnforceConfig.ENFORCE);
    }

    /** Median elapsed of the enforced job over median elapsed of the well-written one. */
    public double vsShared(EnforceClient client) {
        return ratio(client, EnforceConfig.ENFORCE, EnforceConfig.SHARED);
    }

    private double ratio(EnforceClient client, EnforceConfig over, EnforceConfig under) {
        double a = stats(runs.get(client).get(over), r -> r.elapsedMs()).median();
        double b = stats(runs.get(client).get(under), r -> r.elapsedMs()).median();
        return b > 0 ? a / b : Double.NaN;
    }

    /** Round by round: the jobs of one round ran back to back, so their ratio shares the machine's state. */
    private List<Double> roundRatios(EnforceClient client, EnforceConfig over, EnforceConfig under) {
        List<SampleRun> a = runs.get(client).get(over);
        List<SampleRun> b = runs.get(client).get(under);
        return IntStream.range(0, Math.min(a.size(), b.size())).mapToObj(i -> b.get(i).elapsedMs() > 0
                ? (double) a.get(i).elapsedMs() / b.get(i).elapsedMs() : Double.NaN).collect(Collectors.toList());
    }

    private String ratioText(EnforceClient client, EnforceConfig over, EnforceConfig under) {
        String rounds = roundRatios(client, over, under).stream().map(r -> String.format(Locale.ROOT, "%.2f", r))
                .collect(Collectors.joining("/"));
        return String.format(Locale.ROOT, "%6.2fx (rounds %s)", ratio(client, over, under), rounds);
    }
}
