package dev.reuseagent.bench.enforce;

import dev.reuseagent.bench.startup.Stats;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * How {@link EnforceReport} reads and writes the runs of one job: the application's outputs and the agent's notes,
 * per-run counts (one value when the runs agree, else median and range), medians in ms, ratios against their goals,
 * statistics for JSON, and formatted lines.
 */
final class EnforceReportFormat {

    private EnforceReportFormat() {
    }

    static String outputText(Map<EnforceConfig, List<SampleRun>> byConfig) {
        Set<String> bad = outputs(byConfig.get(EnforceConfig.BAD));
        Set<String> enforced = outputs(byConfig.get(EnforceConfig.ENFORCE));
        String digest = String.join(", ", enforced);
        boolean nothingRecorded = enforced.stream().allMatch(o -> o == null || o.endsWith(" observations=0"));
        return (bad.equals(enforced) ? "enforced job saw the same as the bad job" : "DIFFERS from the bad job "
                + bad) + " (" + digest + (nothingRecorded ? "; the sample recorded no observations" : "") + ")";
    }

    static Set<String> outputs(List<SampleRun> list) {
        return list.stream().map(SampleRun::output).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Set<String> notApplied(List<SampleRun> list) {
        return list.stream().flatMap(r -> r.notApplied().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String agentSummary(List<SampleRun> list) {
        return "counted " + counted(list, r -> r.agentConnections() == null ? Double.NaN : r.agentConnections())
                + " opened, " + counted(list, SampleRun::enforceLines) + " enforce line(s)";
    }

    static String serverCounts(List<SampleRun> list) {
        return counted(list, r -> r.server().accepted()) + " / " + counted(list, r -> r.server().handshakes()) + " / "
                + counted(list, r -> r.server().requests());
    }

    /** A per-run count: the value when every run agrees, else median [min..max]. */
    static String counted(List<SampleRun> list, ToDoubleFunction<SampleRun> f) {
        Stats s = stats(list, f);
        if (s.isEmpty() || Double.isNaN(s.median())) {
            return "n/a";
        }
        return s.min() == s.max() ? trim(s.min()) : trim(s.median()) + " [" + trim(s.min()) + ".." + trim(s.max()) + "]";
    }

    static String ms(List<SampleRun> list) {
        return String.format(Locale.ROOT, "%.0f ms", stats(list, r -> r.elapsedMs()).median());
    }

    static String goal(double value, boolean met) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%s%.2f×%s", met ? "**" : "", value,
                met ? "**" : " (miss)");
    }

    static Stats stats(List<SampleRun> list, ToDoubleFunction<SampleRun> f) {
        return Stats.of(list.stream().map(r -> f.applyAsDouble(r)).collect(Collectors.toList()));
    }

    static Map<String, Object> statsJson(Stats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", s.median());
        m.put("min", s.min());
        m.put("max", s.max());
        m.put("runs", s.values());
        return m;
    }

    static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static void line(StringBuilder out, String format, Object... args) {
        out.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
    }
}
