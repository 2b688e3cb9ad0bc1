package dev.reuseagent.report;

import dev.reuseagent.model.Reason;
import dev.reuseagent.config.FailOn;
import dev.reuseagent.track.OriginStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CI guard's verdict on a summary ({@code failOn}, docs/contracts.md §7.5): every new connection whose reason
 * the option forbids, grouped by origin, reason and the application line behind it.
 */
public final class FailOnCheck {

    private FailOnCheck() {
    }

    /** One origin, reason and site, and how many forbidden new connections they account for. */
    public static final class Violation {
        public final String origin;
        public final String reason;
        /** Null when no site was captured ({@code sites=off}, or beyond the per-origin bound). */
        public final String site;
        public final long newConnections;

        Violation(String origin, String reason, String site, long newConnections) {
            this.origin = origin;
            this.reason = reason;
            this.site = site;
            this.newConnections = newConnections;
        }
    }

    /** Empty when {@code failOn} is none or nothing it forbids happened. */
    public static List<Violation> violations(Summary s) {
        List<Violation> found = new ArrayList<>();
        FailOn failOn = s.failOn;
        if (failOn == null || failOn.isNone()) {
            return found;
        }
        for (OriginStats.Snapshot o : s.origins) {
            for (Map.Entry<String, Long> reason : o.reasons.entrySet()) {
                if (!forbidden(failOn, reason.getKey())) {
                    continue;
                }
                long withSite = 0;
                String prefix = reason.getKey() + " ";
                for (Map.Entry<String, Long> site : o.sitesByReason.entrySet()) {
                    if (site.getKey().startsWith(prefix)) {
                        found.add(new Violation(o.origin, reason.getKey(), site.getKey().substring(prefix.length()),
                                site.getValue()));
                        withSite += site.getValue();
                    }
                }
                if (reason.getValue() > withSite) {
                    found.add(new Violation(o.origin, reason.getKey(), null, reason.getValue() - withSite));
                }
            }
        }
        return found;
    }

    private static boolean forbidden(FailOn failOn, String label) {
        Reason reason = Reason.ofLabel(label);
        return reason != null && failOn.forbids(reason);
    }

    /** The lines the summary text ends with when the guard fails; empty when it passes. */
    public static List<String> lines(Summary s) {
        List<Violation> violations = violations(s);
        List<String> lines = new ArrayList<>();
        if (violations.isEmpty()) {
            return lines;
        }
        long total = 0;
        for (Violation v : violations) {
            total += v.newConnections;
        }
        lines.add("failOn=" + s.failOn + ": " + total + (total == 1 ? " new connection" : " new connections")
                + " with a forbidden reason; the JVM ends with exit status " + FailOn.EXIT_STATUS);
        for (Violation v : violations) {
            lines.add("  - " + v.reason + " x" + v.newConnections + " to " + v.origin + " at "
                    + (v.site == null ? "(no site captured)" : v.site));
        }
        return lines;
    }
}
