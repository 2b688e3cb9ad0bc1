package dev.reuseagent.report;

import dev.reuseagent.model.Reason;
import dev.reuseagent.track.LeaseWaits;
import dev.reuseagent.track.OriginStats;

/**
 * The hint for requests that waited for a connection from a bounded pool: the classic "Timeout waiting for
 * connection from pool". It names the line that waited and, when connections were pinned by responses the
 * application never closed, says so: then a bigger pool only postpones the hang.
 */
final class LeaseWaitHints {

    private LeaseWaitHints() {
    }

    static String forOrigin(OriginStats.Snapshot o, ClientHints client) {
        LeaseWaits.Snapshot w = o.leaseWaits;
        if (w.waits == 0) {
            return null;
        }
        String site = Summary.top(w.sites);
        StringBuilder hint = new StringBuilder(256)
                .append(o.origin).append(": ").append(w.waits)
                .append(" requests waited for a free connection in the pool (max ").append(Durations.human(w.maxNanos))
                .append(')');
        if (w.timeouts > 0) {
            hint.append(", ").append(w.timeouts).append(" gave up at the connection-request timeout (")
                    .append(client.leaseTimeout()).append(')');
        }
        if (site != null) {
            hint.append(" at ").append(site);
        }
        hint.append(". ");
        if (o.reasons.getOrDefault(Reason.BODY_NOT_CONSUMED.label(), 0L) > 0
                || o.closes.getOrDefault(Reason.BODY_NOT_CONSUMED.label(), 0L) > 0) {
            hint.append("Responses that are never closed keep their connections leased: close every response "
                    + "(try-with-resources) or consume its entity (EntityUtils.consume), so the connection returns "
                    + "to the pool.");
        } else {
            hint.append("More concurrent requests than the pool allows per route: ").append(client.leaseLimits())
                    .append(", or lower the concurrency.");
        }
        return hint.toString();
    }
}
