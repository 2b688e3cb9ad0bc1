package dev.reuseagent.report;

import dev.reuseagent.model.Clients;
import dev.reuseagent.model.Reason;
import dev.reuseagent.track.OriginStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line per origin with avoidable new connections, naming the reason, the line of code behind it and the
 * fix. "Avoidable" is everything except the origin's first connection.
 */
final class Hints {

    private Hints() {
    }

    static List<String> forOrigins(List<OriginStats.Snapshot> origins) {
        List<String> hints = new ArrayList<>();
        for (OriginStats.Snapshot o : origins) {
            String hint = forOrigin(o);
            if (hint != null) {
                hints.add(hint);
            }
            String wait = LeaseWaitHints.forOrigin(o);
            if (wait != null) {
                hints.add(wait);
            }
        }
        return hints;
    }

    static String forOrigin(OriginStats.Snapshot o) {
        long avoidable = o.newConnections - o.reasons.getOrDefault(Reason.FIRST_USE.label(), 0L);
        if (avoidable < 2) {
            return null;
        }
        String topReason = null;
        long topCount = 0;
        for (Map.Entry<String, Long> e : o.reasons.entrySet()) {
            if (!e.getKey().equals(Reason.FIRST_USE.label()) && e.getValue() > topCount) {
                topReason = e.getKey();
                topCount = e.getValue();
            }
        }
        if (topReason == null) {
            return null;
        }
        String site = topSite(o, topReason);
        String client = Summary.top(o.clients);
        return o.origin + ": " + o.newConnections + " connections opened for " + o.requests + " requests, " + topCount
                + " with reason " + topReason + (site == null ? "" : " at " + site) + ". " + fix(topReason, client);
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

    static String fix(String reason, String client) {
        boolean urlConnection = Clients.URL_CONNECTION.equals(client);
        switch (reason) {
            case "new-client":
                return urlConnection
                        ? "A new SSLSocketFactory (or SSLContext) per request defeats the keep-alive cache: create it "
                          + "once and reuse it."
                        : "A new client (or pool, or SSL factory) per request: create it once and share it.";
            case "body-not-consumed":
                return urlConnection
                        ? "Read every response body to the end and close it (getInputStream() or getErrorStream()), "
                          + "so the connection returns to the keep-alive cache."
                        : "Read every response body to the end and close it.";
            case "app-closed":
                if (Clients.APACHE4.equals(client) || Clients.APACHE5.equals(client)) {
                    return "The application ends connections: a Connection: close request header, a client (or "
                            + "connection manager) closed after use, or a no-reuse strategy: drop the header and "
                            + "keep one client open.";
                }
                return urlConnection
                        ? "The application closes connections (disconnect() or -Dhttp.keepAlive=false): read and "
                          + "close the body instead of disconnecting."
                        : "The application closes connections or the client: keep them open and shared.";
            case "server-closed":
                return "The server ends connections (Connection: close, keep-alive max, HTTP/1.0): check the "
                        + "server's or proxy's keep-alive settings.";
            case "idle-timeout":
                return urlConnection
                        ? "Connections expire while idle between requests; for HttpURLConnection the server's "
                          + "Keep-Alive timeout (default 5s) decides: keep pauses shorter or raise it on the server."
                        : "Connections expire while idle between requests: raise the client's keep-alive timeout.";
            case "redirect":
                return "HttpURLConnection closes the connection on every redirect it follows: request the final "
                        + "URL directly, or have the server avoid the redirect.";
            case "auth-challenge":
                return "Each request is first answered with an authentication challenge on a connection the JDK then "
                        + "closes: send the credentials pre-emptively (Authorization header).";
            case "stale":
                return "The server closed idle connections before the client reused them: make the client's idle "
                        + "timeout shorter than the server's.";
            case "pool-busy":
                return urlConnection
                        ? "More concurrent requests than pooled connections: raise -Dhttp.maxConnections (default 5)."
                        : "More concurrent requests than pooled connections: raise the pool size.";
            case "pool-full":
                return urlConnection
                        ? "The idle pool is too small for the concurrency: raise -Dhttp.maxConnections (default 5)."
                        : "The idle pool is too small for the concurrency: raise its idle limit.";
            default:
                return "The cause could not be established; run with log=all and events=<file> to see each step.";
        }
    }
}
