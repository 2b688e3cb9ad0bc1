package dev.reuseagent.report;

import dev.reuseagent.model.Clients;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.LeaseWaits;
import dev.reuseagent.track.OriginStats;

import java.util.List;
import java.util.Locale;

/** The human summary: a table per origin, transport totals, then hints that name the fix. */
public final class SummaryText {

    private SummaryText() {
    }

    public static String render(Summary s) {
        StringBuilder out = new StringBuilder(1024);
        long requests = 0;
        long fresh = 0;
        long reused = 0;
        for (OriginStats.Snapshot o : s.origins) {
            requests += o.requests;
            fresh += o.newConnections;
            reused += o.reusedConnections;
        }
        double reusePercent = fresh + reused == 0 ? 0 : Math.round(1000.0 * reused / (fresh + reused)) / 10.0;
        out.append(String.format(Locale.ROOT, "summary after %.1fs: %d origins, %d requests, %d connections opened, "
                + "%d requests on reused connections (%.1f%% reuse)%n", s.uptimeMs / 1000.0, s.origins.size(), requests, fresh, reused,
                reusePercent));
        if (!s.origins.isEmpty()) {
            out.append(String.format(Locale.ROOT, "  %-36s %-14s %8s %6s %7s %7s %12s  %-18s %s%n", "origin",
                    "client", "requests", "new", "reused", "reuse%", "tls full/res", "top reason", "top site"));
            for (OriginStats.Snapshot o : s.origins) {
                String topSite = Summary.top(o.sites);
                out.append(String.format(Locale.ROOT, "  %-36s %-14s %8d %6d %7d %6.1f%% %12s  %-18s %s%n",
                        o.origin, String.join("+", o.clients.keySet()), o.requests, o.newConnections,
                        o.reusedConnections, o.reusePercent(), o.tlsFull + "/" + o.tlsResumed,
                        orDash(Summary.top(o.reasons)), orDash(topSite)));
            }
        }
        for (OriginStats.Snapshot o : s.origins) {
            LeaseWaits.Snapshot w = o.leaseWaits;
            if (w.waits > 0) {
                out.append(String.format(Locale.ROOT, "  lease waits for %s: %d requests waited for a pooled "
                        + "connection (total %s, max %s), %d timed out, top site %s%n", o.origin, w.waits,
                        Durations.human(w.totalNanos), Durations.human(w.maxNanos), w.timeouts,
                        orDash(Summary.top(w.sites))));
            }
        }
        long connects = 0;
        long attributed = 0;
        long discarded = 0;
        for (EndpointStats.Snapshot e : s.endpoints) {
            connects += e.tcpConnects;
            attributed += e.attributed;
            discarded += e.discarded;
        }
        out.append(String.format(Locale.ROOT, "  transport: %d TCP connects to %d endpoints, %d by a recognised "
                + "HTTP client%s%n", connects, s.endpoints.size(), attributed, discarded == 0 ? ""
                : String.format(Locale.ROOT, ", %d more it closed unused (raced or coalesced)", discarded)));
        for (EndpointStats.Snapshot e : s.endpoints) {
            if (e.unattributed() > 0) {
                out.append(unrecognised(e));
            }
        }
        if (s.adviceErrors > 0 || s.droppedEvents > 0) {
            out.append(String.format(Locale.ROOT, "  agent: %d advice errors%s, %d dropped events%n", s.adviceErrors,
                    s.firstAdviceError == null ? "" : " (first: " + s.firstAdviceError + ")", s.droppedEvents));
        }
        for (String note : s.notes) {
            out.append("  note: ").append(note).append(System.lineSeparator());
        }
        List<String> hints = Hints.forOrigins(s.origins, s.clientHints);
        if (!hints.isEmpty()) {
            out.append("hints:").append(System.lineSeparator());
            for (String hint : hints) {
                out.append("  - ").append(hint).append(System.lineSeparator());
            }
        }
        return out.toString().stripTrailing();
    }

    /**
     * One endpoint's connects that no recognised client claimed: a relocated (shaded) copy of a client, a client
     * the agent does not support, or a protocol other than HTTP. Only transport facts are known for them.
     */
    private static String unrecognised(EndpointStats.Snapshot e) {
        int otherSites = Math.max(0, e.unattributedSites.size() - 1);
        return String.format(Locale.ROOT, "  client %s: %d connects to %s not made by a recognised HTTP client "
                + "(a relocated or unsupported client, or not HTTP; no reuse data), top site %s%s%n", Clients.UNKNOWN,
                e.unattributed(), e.endpoint, orDash(Summary.top(e.unattributedSites)),
                otherSites == 0 ? "" : " (+" + otherSites + (otherSites == 1 ? " more site)" : " more sites)"));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
