package dev.reuseagent.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fleet report and the fleet diff as text for people (programs read {@link FleetJson}). */
final class FleetText {

    private static final String NL = System.lineSeparator();
    /** Sites named per origin: the report is a to-do list, not an inventory. */
    static final int TOP_SITES = 3;

    private FleetText() {
    }

    static String report(Fleet fleet) {
        long requests = 0;
        long fresh = 0;
        long avoidable = 0;
        for (FleetOrigin o : fleet.origins) {
            requests += o.totals.requests;
            fresh += o.totals.newConnections;
            avoidable += o.avoidable();
        }
        StringBuilder out = new StringBuilder(1024);
        out.append("fleet report: ").append(fleet.jvms).append(fleet.jvms == 1 ? " JVM, " : " JVMs, ")
                .append(fleet.origins.size()).append(" origins, ").append(requests).append(" requests, ").append(fresh)
                .append(" connections opened, ").append(avoidable).append(" avoidable").append(NL);
        if (fleet.origins.isEmpty()) {
            return out.toString();
        }
        Text.left(out.append("  "), "origin", 36).append(' ');
        Text.right(out, "jvms", 5).append(' ');
        Text.right(out, "requests", 9).append(' ');
        Text.right(out, "new", 7).append(' ');
        Text.right(out, "avoidable", 9).append(' ');
        Text.right(out, "reuse%", 7).append("  reasons").append(NL);
        for (FleetOrigin o : fleet.origins) {
            Text.left(out.append("  "), o.totals.origin, 36).append(' ');
            Text.right(out, o.jvms, 5).append(' ');
            Text.right(out, o.totals.requests, 9).append(' ');
            Text.right(out, o.totals.newConnections, 7).append(' ');
            Text.right(out, o.avoidable(), 9).append(' ');
            Text.right(out, Text.oneDecimal(o.totals.reusePercent()) + "%", 7).append("  ")
                    .append(joined(o.totals.reasons)).append(NL);
            List<Map.Entry<String, Long>> sites = top(o.totals.sites, TOP_SITES);
            if (!sites.isEmpty()) {
                out.append("      sites: ").append(joined(sites)).append(NL);
            }
        }
        return out.toString();
    }

    static String diff(Fleet before, Fleet after) {
        StringBuilder out = new StringBuilder(1024);
        out.append("fleet diff: before ").append(before.jvms).append(before.jvms == 1 ? " JVM" : " JVMs")
                .append(", after ").append(after.jvms).append(after.jvms == 1 ? " JVM" : " JVMs").append(NL);
        Text.left(out.append("  "), "origin", 36).append(' ');
        Text.left(out, "requests", 20).append(' ');
        Text.left(out, "new", 20).append(' ');
        Text.left(out, "avoidable", 20).append(" reuse%").append(NL);
        for (String origin : FleetText.origins(before, after)) {
            FleetOrigin b = before.origin(origin);
            FleetOrigin a = after.origin(origin);
            Text.left(out.append("  "), origin, 36).append(' ');
            Text.left(out, change(b == null ? 0 : b.totals.requests, a == null ? 0 : a.totals.requests), 20).append(' ');
            Text.left(out, change(b == null ? 0 : b.totals.newConnections, a == null ? 0 : a.totals.newConnections), 20)
                    .append(' ');
            Text.left(out, change(b == null ? 0 : b.avoidable(), a == null ? 0 : a.avoidable()), 20).append(' ')
                    .append(percent(b)).append(" -> ").append(percent(a)).append(NL);
        }
        return out.toString();
    }

    /** Every origin of either side, in the order the "before" report ranks them, new ones after. */
    static Set<String> origins(Fleet before, Fleet after) {
        Set<String> names = new LinkedHashSet<>();
        for (FleetOrigin o : before.origins) {
            names.add(o.totals.origin);
        }
        for (FleetOrigin o : after.origins) {
            names.add(o.totals.origin);
        }
        return names;
    }

    private static String change(long before, long after) {
        return before + " -> " + after;
    }

    private static String percent(FleetOrigin o) {
        return o == null ? "-" : Text.oneDecimal(o.totals.reusePercent()) + "%";
    }

    private static String joined(Map<String, Long> counts) {
        return joined(top(counts, Integer.MAX_VALUE));
    }

    private static String joined(List<Map.Entry<String, Long>> entries) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> e : entries) {
            out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        return out.length() == 0 ? "-" : out.toString();
    }

    /** The {@code limit} largest counts, largest first (ties in the map's order). */
    static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int limit) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        for (int i = 1; i < sorted.size(); i++) { // insertion sort, stable: a handful of entries, no comparator class
            Map.Entry<String, Long> e = sorted.get(i);
            int j = i - 1;
            while (j >= 0 && sorted.get(j).getValue() < e.getValue()) {
                sorted.set(j + 1, sorted.get(j));
                j--;
            }
            sorted.set(j + 1, e);
        }
        return sorted.size() > limit ? sorted.subList(0, limit) : sorted;
    }
}
