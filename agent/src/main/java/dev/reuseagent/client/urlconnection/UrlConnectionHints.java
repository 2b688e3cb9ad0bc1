package dev.reuseagent.client.urlconnection;

import dev.reuseagent.report.ClientHints;

/** HttpURLConnection's fixes name its system properties and the JDK behaviour behind each reason. */
final class UrlConnectionHints extends ClientHints {

    @Override
    public String fix(String reason) {
        switch (reason) {
            case "new-client":
                return "A new SSLSocketFactory (or SSLContext) per request defeats the keep-alive cache: create it "
                        + "once and reuse it.";
            case "body-not-consumed":
                return "Read every response body to the end and close it (getInputStream() or getErrorStream()), "
                        + "so the connection returns to the keep-alive cache (until then, enforce=urlconnection "
                        + "drains closed bodies at run time).";
            case "app-closed":
                return "The application closes connections (disconnect() or -Dhttp.keepAlive=false): read and "
                        + "close the body instead of disconnecting (enforce=urlconnection keeps the connection after "
                        + "disconnect() at run time).";
            case "idle-timeout":
                return "Connections expire while idle between requests; for HttpURLConnection the server's "
                        + "Keep-Alive timeout (default 5s) decides: keep pauses shorter or raise it on the server.";
            case "redirect":
                return "HttpURLConnection closes the connection on every redirect it follows: request the final "
                        + "URL directly, or have the server avoid the redirect.";
            case "auth-challenge":
                return "Each request is first answered with an authentication challenge on a connection the JDK then "
                        + "closes: send the credentials pre-emptively (Authorization header).";
            case "pool-full":
                return "The idle pool is too small for the concurrency: raise -Dhttp.maxConnections (default 5).";
            default:
                return null;
        }
    }
}
