package dev.reuseagent.report;

import java.util.Map;

/**
 * One repair of one client, copied for a summary.
 *
 * @param client      the client's name in the output
 * @param enforceName the {@code enforce=} name that switched it on
 * @param repair      the repair's name ({@code shared-pool}, {@code shared-manager}, {@code shared-client}, {@code drain})
 * @param applied     how many times it changed something
 * @param avoided     new connections it saved, counted on the connections themselves
 * @param fix         the code change that makes it unnecessary, or null
 * @param sites       how often it was applied at each application line
 */
public record EnforcedCount(String client, String enforceName, String repair, long applied, long avoided, String fix,
        Map<String, Long> sites) {
}
