package dev.reuseagent.report;

import dev.reuseagent.model.Clients;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.LeaseWaits;
import dev.reuseagent.track.OriginStats;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The human summary: a table per origin, transport totals, then hints that name the fix. */
public final class SummaryText {

    private static final String NL = System.lineSeparator();

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
        out.append("summary after ");
        Text.oneDecimal(out, s.observedMs / 1000.0).append("s: ").append(s.origins.size()).append(" origins, ")
                .append(requests).append(" requests, ").append(fresh).append(" connections opened, ").append(reused)
                .append(" requests on reused connections (");
        Text.oneDecimal(out, reusePercent).append("% reuse)").append(NL);
        if (!s.origins.isEmpty()) {
            row(out, "origin", "client", "requests", "new", "reused", "reuse%", "tls full/res", "top reason",
                    "top site");
            for (OriginStats.Snapshot o : s.origins) {
                row(out, o.origin, String.join("+", o.clients.keySet()), o.requests, o.newConnections,
                        o.reusedConnections, Text.oneDecimal(o.reusePercent()) + "%", o.tlsFull + "/" + o.tlsResumed,
                        orDash(Summary.top(o.reasons)), orDash(Summary.top(o.sites)));
            }
        }
        for (OriginStats.Snapshot o : s.origins) {
            if (o.failedConnections > 0) {
                out.append("  failed connections to ").append(o.origin).append(": ").append(o.failedConnections)
                        .append(" (connected, then TLS failed; not counted as new)").append(NL);
            }
            LeaseWaits.Snapshot w = o.leaseWaits;
            if (w.waits > 0) {
                out.append("  lease waits for ").append(o.origin).append(": ").append(w.waits)
                        .append(" requests waited for a pooled connection (total ").append(Durations.human(w.totalNanos))
                        .append(", max ").append(Durations.human(w.maxNanos)).append("), ").append(w.timeouts)
                        .append(" timed out, top site ").append(orDash(Summary.top(w.sites))).append(NL);
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
        out.append("  transport: ").append(connects).append(" TCP connects to ").append(s.endpoints.size())
                .append(" endpoints, ").append(attributed).append(" by a recognised HTTP client");
        if (discarded != 0) {
            out.append(", ").append(discarded).append(" more it closed unused (raced or coalesced)");
        }
        out.append(NL);
        Set<String> httpClients = new HashSet<>();
        for (OriginStats.Snapshot o : s.origins) {
            httpClients.addAll(o.clients.keySet());
        }
        for (EndpointStats.Snapshot e : s.endpoints) {
            transportOnly(out, e, httpClients);
            if (e.unattributed() > 0) {
                out.append(unrecognised(e));
            }
        }
        if (s.adviceErrors > 0 || s.droppedEvents > 0) {
            out.append("  agent: ").append(s.adviceErrors).append(" advice errors")
                    .append(s.firstAdviceError == null ? "" : " (first: " + s.firstAdviceError + ")").append(", ")
                    .append(s.droppedEvents).append(" dropped events").append(NL);
        }
        for (EnforcedCount e : s.enforced) {
            out.append("  enforced: ").append(e.client()).append(' ').append(e.repair()).append(" applied ")
                    .append(e.applied()).append(e.applied() == 1 ? " time, " : " times, ").append(e.avoided())
                    .append(e.avoided() == 1 ? " new connection" : " new connections").append(" avoided")
                    .append(NL);
        }
        for (String note : s.notes) {
            out.append("  note: ").append(note).append(NL);
        }
        List<String> hints = Hints.forOrigins(s.origins, s.clientHints);
        hints.addAll(EnforcedHints.forRepairs(s.enforced));
        if (!hints.isEmpty()) {
            out.append("hints:").append(NL);
            for (String hint : hints) {
                out.append("  - ").append(hint).append(NL);
            }
        }
        for (String line : FailOnCheck.lines(s)) {
            out.append(line).append(NL);
        }
        return out.toString().stripTrailing();
    }

    /**
     * One endpoint's connects that no recognised client claimed: a relocated (shaded) copy of a client, a client
     * the agent does not support, or a protocol other than HTTP. Only transport facts are known for them.
     */
    private static String unrecognised(EndpointStats.Snapshot e) {
        int otherSites = Math.max(0, e.unattributedSites.size() - 1);
        return "  client " + Clients.UNKNOWN + ": " + e.unattributed() + " connects to " + e.endpoint
                + " not made by a recognised HTTP client (a relocated or unsupported client, or not HTTP; no reuse "
                + "data), top site " + orDash(Summary.top(e.unattributedSites))
                + (otherSites == 0 ? "" : " (+" + otherSites + (otherSites == 1 ? " more site)" : " more sites)")) + NL;
    }

    /**
     * One endpoint's connects by a recognised client that reported no HTTP exchange anywhere: a client seen at the
     * transport layer only (Netty's channels), so there is no reuse data, but the connects and their line are known.
     */
    private static void transportOnly(StringBuilder out, EndpointStats.Snapshot e, Set<String> httpClients) {
        for (Map.Entry<String, Long> c : e.clients.entrySet()) {
            if (!c.getKey().equals(Clients.UNKNOWN) && !httpClients.contains(c.getKey())) {
                out.append("  client ").append(c.getKey()).append(": ").append(c.getValue()).append(" connects to ")
                        .append(e.endpoint).append(" (transport only: no request or reuse data), top site ")
                        .append(orDash(Summary.top(e.sites))).append(NL);
            }
        }
    }

    /** One table row: origin and client left-aligned, counts right-aligned, reason and site left-aligned. */
    private static void row(StringBuilder out, String origin, String client, Object requests, Object fresh,
            Object reused, String reusePercent, String tls, String reason, String site) {
        Text.left(out.append("  "), origin, 36).append(' ');
        Text.left(out, client, 14).append(' ');
        Text.right(out, requests, 8).append(' ');
        Text.right(out, fresh, 6).append(' ');
        Text.right(out, reused, 7).append(' ');
        Text.right(out, reusePercent, 7).append(' ');
        Text.right(out, tls, 12).append("  ");
        Text.left(out, reason, 18).append(' ').append(site).append(NL);
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
