package dev.reuseagent.bench.enforce;

import dev.reuseagent.bench.startup.Stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a job's time goes: each job is also run with one request, in the same round, and the N-request job's
 * elapsed time is split into that first request and a cost per further request,
 * {@code (median(N) - median(1)) / (N - 1)}.
 *
 * <p>Why: the samples start their clock after the pattern is built, and the shared pattern builds its client in
 * its constructor, so the shared job's clock never sees the client's construction, its classes loading or (with
 * the agent) their weaving, while the client-per-request jobs pay all of that inside their first request. That
 * one-off difference is a few hundred milliseconds on a cold JVM, a large part of a 200-request job, and it
 * weighs on "enforce vs shared" whatever enforcement does per request. The per-request figures are free of it;
 * they are what a longer job converges to.
 */
public final class CostSplit {

    private final List<EnforceClient> clients;
    private final Map<EnforceClient, Map<EnforceConfig, List<SampleRun>>> full;
    private final Map<EnforceClient, Map<EnforceConfig, List<SampleRun>>> oneRequest;
    private final int requests;

    public CostSplit(List<EnforceClient> clients, Map<EnforceClient, Map<EnforceConfig, List<SampleRun>>> full,
            Map<EnforceClient, Map<EnforceConfig, List<SampleRun>>> oneRequest, int requests) {
        this.clients = clients;
        this.full = full;
        this.oneRequest = oneRequest;
        this.requests = requests;
    }

    /** Median elapsed of the one-request job: the first request, client construction and class loading included. */
    public double firstMs(EnforceClient client, EnforceConfig config) {
        return median(oneRequest.get(client).get(config));
    }

    /** Milliseconds per request after the first. */
    public double perRequestMs(EnforceClient client, EnforceConfig config) {
        return requests > 1 ? (median(full.get(client).get(config)) - firstMs(client, config)) / (requests - 1)
                : Double.NaN;
    }

    /** The text report's lines for one client. */
    public String text(EnforceClient client) {
        double bad = perRequestMs(client, EnforceConfig.BAD);
        double enforce = perRequestMs(client, EnforceConfig.ENFORCE);
        double shared = perRequestMs(client, EnforceConfig.SHARED);
        return String.format(Locale.ROOT, "  first request (1-request job)   bad %.0f ms, enforce %.0f ms, shared %.0f ms "
                + "(client construction and class loading included)%n"
                + "  per further request            bad %.2f ms, enforce %.2f ms, shared %.2f ms: speed-up %s, "
                + "enforce/shared %s%n", firstMs(client, EnforceConfig.BAD), firstMs(client, EnforceConfig.ENFORCE),
                firstMs(client, EnforceConfig.SHARED), bad, enforce, shared, times(bad, enforce, "x"),
                times(enforce, shared, "x"));
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| client | first request bad / enforce / shared | per further request bad / enforce / shared "
                + "| per-request speed-up | per-request vs shared |\n|---|---|---|---:|---:|\n");
        for (EnforceClient client : clients) {
            double bad = perRequestMs(client, EnforceConfig.BAD);
            double enforce = perRequestMs(client, EnforceConfig.ENFORCE);
            double shared = perRequestMs(client, EnforceConfig.SHARED);
            out.append(String.format(Locale.ROOT, "| %s | %.0f / %.0f / %.0f ms | %.2f / %.2f / %.2f ms | %s | %s |%n",
                    client.description, firstMs(client, EnforceConfig.BAD), firstMs(client, EnforceConfig.ENFORCE),
                    firstMs(client, EnforceConfig.SHARED), bad, enforce, shared, times(bad, enforce, "×"),
                    times(enforce, shared, "×")));
        }
        return out.toString();
    }

    /** Per config: the one-request job's elapsed times and the derived cost per further request. */
    public Map<String, Object> json(EnforceClient client) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (EnforceConfig config : EnforceConfig.values()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("oneRequestElapsedMs", oneRequest.get(client).get(config).stream().map(SampleRun::elapsedMs)
                    .collect(Collectors.toList()));
            c.put("firstMs", firstMs(client, config));
            c.put("perFurtherRequestMs", perRequestMs(client, config));
            out.put(config.id, c);
        }
        return out;
    }

    private static double median(List<SampleRun> runs) {
        return Stats.of(runs.stream().map(r -> (double) r.elapsedMs()).collect(Collectors.toList())).median();
    }

    /**
     * A ratio of two per-request costs, or "n/a" when either is not positive: on a busy machine the one-request job
     * can take longer than the N-request one, and a negative cost has no ratio worth printing.
     */
    private static String times(double over, double under, String sign) {
        return over > 0 && under > 0 ? String.format(Locale.ROOT, "%.2f", over / under) + sign
                : "n/a (noise)";
    }
}
