package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.report.ClientHints;

/** java.net.http's fixes, in its own terms: one HttpClient per application, bodies read to the end. */
final class JdkHttpHints extends ClientHints {

    @Override
    public String fix(String reason) {
        switch (reason) {
            case "new-client":
                return "A new HttpClient (or SSLContext) per request has a connection pool of its own: build one "
                        + "HttpClient and share it (it is thread-safe), or run with enforce=jdkhttp.";
            case "body-not-consumed":
                return "Read every response body to the end and close it: an HTTP/1.1 BodyHandlers.ofInputStream() "
                        + "stream closed early closes its connection, one never closed keeps it busy for good "
                        + "(BodyHandlers.discarding() drops a body you do not need; enforce=jdkhttp drains streams "
                        + "closed early).";
            case "app-closed":
                return "The application closes its HttpClient (close(), shutdown()): keep one client open and "
                        + "share it.";
            case "idle-timeout":
                return "Connections expire while idle between requests: raise -Djdk.httpclient.keepalive.timeout "
                        + "(seconds; 1200 on JDK 17, 30 since JDK 20).";
            default:
                return null;
        }
    }
}
