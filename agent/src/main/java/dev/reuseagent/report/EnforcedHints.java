package dev.reuseagent.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Hints for what enforcement repaired. A repaired pattern no longer shows as new connections, so the origin hints
 * stay quiet about it; these keep naming the code fix, and say that enforcement covered for it at run time.
 */
final class EnforcedHints {

    private EnforcedHints() {
    }

    static List<String> forRepairs(List<EnforcedCount> enforced) {
        List<String> hints = new ArrayList<>();
        for (EnforcedCount e : enforced) {
            if (e.fix() == null || e.applied() == 0) {
                continue;
            }
            String site = Summary.top(e.sites());
            int otherSites = Math.max(0, e.sites().size() - 1);
            hints.add(e.client() + " " + e.repair() + " " + e.applied() + (e.applied() == 1 ? " time" : " times")
                    + (site == null ? "" : " at " + site)
                    + (otherSites == 0 ? "" : " (+" + otherSites + (otherSites == 1 ? " more site)" : " more sites)"))
                    + ": " + e.fix() + " (enforce=" + e.enforceName() + " repaired this at run time)");
        }
        return hints;
    }
}
