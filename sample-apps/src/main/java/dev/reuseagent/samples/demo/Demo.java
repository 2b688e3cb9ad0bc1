package dev.reuseagent.samples.demo;

import dev.reuseagent.samples.Tls;
import dev.reuseagent.samples.urlconnection.PatternName;
import dev.reuseagent.samples.RequestRunner;
import dev.reuseagent.samples.RunResult;

import java.net.URL;
import java.net.URI;

/**
 * The {@code demo} subcommand, which the project README runs first: three embedded servers on 127.0.0.1, each on
 * its own port so each is its own origin in the agent's report, and one good and two bad client patterns
 * against them. Returns normally when done so the JVM exits through its shutdown hooks (where the agent prints
 * its summary).
 */
public final class Demo {
    private static final int SMALL_BODY = 2 * 1024;
    /** Too big for HttpURLConnection to skip on close(), so an unread body costs the connection. */
    private static final int LARGE_BODY = 1024 * 1024;

    private Demo() {
    }

    /** @return 0 if every request succeeded, 1 otherwise */
    public static int run() throws Exception {
        Tls clientTls = DemoCertificate.clientTls(); // one per JVM: its shared factory is the shared pattern's
        boolean allOk = true;
        try (DemoServer shared = DemoServer.https("shared", SMALL_BODY, DemoCertificate.serverContext());
             DemoServer newFactory = DemoServer.https("new-ssl-factory", SMALL_BODY, DemoCertificate.serverContext());
             DemoServer unread = DemoServer.http("body-not-consumed", LARGE_BODY)) {
            allOk &= step("20 requests with one shared SSLSocketFactory", PatternName.SHARED, 20, shared, clientTls);
            allOk &= step("20 requests with a new SSLSocketFactory per request", PatternName.NEW_SSL_FACTORY, 20, newFactory, clientTls);
            allOk &= step("10 requests that close a 1 MiB body without reading it", PatternName.BODY_NOT_CONSUMED, 10, unread, clientTls);
        }
        return allOk ? 0 : 1;
    }

    private static boolean step(String what, PatternName pattern, int requests, DemoServer server, Tls tls) throws Exception {
        System.out.println("demo: " + what + " -> " + server.url());
        URL url = URI.create(server.url()).toURL();
        RunResult result = new RequestRunner(pattern.newPattern(tls), url, requests, 1, 0).run();
        System.out.println("demo:   pattern=" + pattern.cliName() + " ok=" + result.ok() + " failed=" + result.failed()
                + "; the server saw " + server.requests() + " requests on " + server.connections() + " connection(s)");
        return result.allOk();
    }
}
