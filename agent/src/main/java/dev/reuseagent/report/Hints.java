package dev.reuseagent.report;

import dev.reuseagent.model.Reason;
import dev.reuseagent.track.OriginStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line per origin whose new connections were wasted in material numbers ({@link WastedConnections}), naming
 * the reason, the line of code behind it and the fix.
 */
final class Hints {

    private Hints() {
    }

    static List<String> forOrigins(List<OriginStats.Snapshot> origins, Map<String, ClientHints> byClient) {
        List<String> hints = new ArrayList<>();
        for (OriginStats.Snapshot o : origins) {
            ClientHints client = byClient.getOrDefault(Summary.top(o.clients), ClientHints.GENERIC);
            String hint = forOrigin(o, client);
            if (hint != null) {
                hints.add(hint);
            }
            String wait = LeaseWaitHints.forOrigin(o, client);
            if (wait != null) {
                hints.add(wait);
            }
        }
        return hints;
    }

    static String forOrigin(OriginStats.Snapshot o, ClientHints client) {
        String topReason = null;
        long topCount = 0;
        for (Map.Entry<String, Long> e : WastedConnections.byReason(o).entrySet()) {
            if (e.getValue() > topCount) {
                topReason = e.getKey();
                topCount = e.getValue();
            }
        }
        if (topReason == null || !WastedConnections.material(topCount, o.requests)) {
            return null;
        }
        String site = topSite(o, topReason);
        boolean churn = topReason.equals(Reason.POOL_BUSY.label());
        return o.origin + ": " + o.newConnections + " connections opened for " + o.requests + " requests, " + topCount
                + " with reason " + topReason + (churn ? " then closed by the pool as pool-full" : "")
                + (site == null ? "" : " at " + site) + ". "
                // Churn is cured by letting the idle pool keep what the concurrency needs, not by a bigger pool.
                + fix(churn ? Reason.POOL_FULL.label() : topReason, client);
    }

    private static String topSite(OriginStats.Snapshot o, String reason) {
        String best = null;
        long bestCount = 0;
        String prefix = reason + " ";
        for (Map.Entry<String, Long> e : o.sitesByReason.entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getValue() > bestCount) {
                best = e.getKey().substring(prefix.length());
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The client's own text for {@code reason}, else the generic one. */
    static String fix(String reason, ClientHints client) {
        String own = client.fix(reason);
        if (own != null) {
            return own;
        }
        switch (reason) {
            case "new-client":
                return "A new client (or pool, or SSL factory) per request: create it once and share it.";
            case "body-not-consumed":
                return "Read every response body to the end and close it.";
            case "app-closed":
                return "The application closes connections or the client: keep them open and shared.";
            case "server-closed":
                return "The server ends connections (Connection: close, keep-alive max, HTTP/1.0): check the "
                        + "server's or proxy's keep-alive settings.";
            case "idle-timeout":
                return "Connections expire while idle between requests: raise the client's keep-alive timeout.";
            case "stale":
                return "The server closed idle connections before the client reused them: make the client's idle "
                        + "timeout shorter than the server's.";
            case "pool-full":
                return "The idle pool is too small for the concurrency: raise its idle limit.";
            case "failed":
                return "Requests failed on the wire (resets, bodies cut short, no answer in time; see failedExchanges):"
                        + " look at the server's errors and timeouts, not at the application's use of the client.";
            default:
                return "The cause could not be established; run with log=all and events=<file> to see each step.";
        }
    }
}
