package dev.reuseagent.samples.demo;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.Options.Command;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import dev.reuseagent.samples.apache4.Apache4Command;
import dev.reuseagent.samples.apache5.Apache5Command;
import dev.reuseagent.samples.jdkhttp.JdkHttpCommand;
import dev.reuseagent.samples.okhttp.OkHttpCommand;
import dev.reuseagent.samples.urlconnection.PatternName;
import dev.reuseagent.samples.RequestRunner;
import dev.reuseagent.samples.RunResult;

import java.net.URI;
import java.util.List;

/**
 * The {@code demo} subcommand, which the project README runs first: embedded servers on 127.0.0.1, each on its own
 * port so each is its own origin in the agent's report. First three HttpURLConnection patterns (one good, two bad),
 * then, for every other client, its good pattern next to one bad one; last, OkHttp's client-per-request again in a
 * second JVM with {@code enforce=okhttp} (see {@link DemoEnforced}). Returns normally when done
 * so the JVM exits through its shutdown hooks (where the agent prints its summary).
 */
public final class Demo {
    private static final int SMALL_BODY = 2 * 1024;
    /** Too big for HttpURLConnection to skip on close(), so an unread body costs the connection. */
    private static final int LARGE_BODY = 1024 * 1024;
    private static final int CLIENT_REQUESTS = 10;

    /** One client's pair of steps: its good pattern, and the bad one the demo shows next to it. */
    private record ClientPair(Command command, String good, String bad, String badWhat) {
    }

    private static final List<ClientPair> CLIENTS = List.of(
            new ClientPair(Command.JDKHTTP, "shared", "client-per-request", "a new HttpClient per request"),
            new ClientPair(Command.OKHTTP, "shared", "body-not-consumed", "responses never closed"),
            new ClientPair(Command.APACHE5, "shared", "client-per-request", "a new client per request"),
            new ClientPair(Command.APACHE4, "shared", "client-per-request", "a new client per request"));

    private Demo() {
    }

    /** @return 0 if every request succeeded, 1 otherwise */
    public static int run() throws Exception {
        Tls clientTls = DemoCertificate.clientTls(); // one per JVM: its shared factory is the shared pattern's
        boolean allOk = true;
        try (DemoServer shared = DemoServer.https("shared", SMALL_BODY, DemoCertificate.serverContext());
             DemoServer newFactory = DemoServer.https("new-ssl-factory", SMALL_BODY, DemoCertificate.serverContext());
             DemoServer unread = DemoServer.http("body-not-consumed", LARGE_BODY)) {
            allOk &= step("urlconnection: 20 requests with one shared SSLSocketFactory", PatternName.SHARED, 20,
                    shared, clientTls);
            allOk &= step("urlconnection: 20 requests with a new SSLSocketFactory per request",
                    PatternName.NEW_SSL_FACTORY, 20, newFactory, clientTls);
            allOk &= step("urlconnection: 10 requests that close a 1 MiB body without reading it",
                    PatternName.BODY_NOT_CONSUMED, 10, unread, clientTls);
        }
        for (ClientPair client : CLIENTS) {
            String name = client.command().cliName();
            allOk &= clientStep(name + ": " + CLIENT_REQUESTS + " requests with one shared client", client.command(),
                    client.good(), clientTls);
            allOk &= clientStep(name + ": " + CLIENT_REQUESTS + " requests with " + client.badWhat(),
                    client.command(), client.bad(), clientTls);
        }
        allOk &= enforcedStep(clientTls);
        return allOk ? 0 : 1;
    }

    /**
     * A bad step run again in a second JVM with the same agent and {@code enforce=okhttp}: the repair at work,
     * counted by the server. Skipped (said so) when this JVM runs without the agent.
     */
    private static boolean enforcedStep(Tls tls) throws Exception {
        java.nio.file.Path agent = DemoEnforced.agentJar();
        if (agent == null) {
            System.out.println("demo: no -javaagent on this JVM, so the enforcement step is skipped");
            return true;
        }
        try (DemoServer server = DemoServer.http("okhttp-enforced", SMALL_BODY)) {
            System.out.println("demo: okhttp: " + CLIENT_REQUESTS + " requests with a new OkHttpClient per request, "
                    + "in a second JVM with the agent and enforce=okhttp -> " + server.url());
            int status = DemoEnforced.run(agent, "okhttp", Command.OKHTTP.cliName(), "client-per-request",
                    server.url(), CLIENT_REQUESTS);
            System.out.println("demo:   enforce=okhttp exit=" + status + "; the server at " + server.url() + " saw "
                    + server.requests() + " requests on " + server.connections() + " connection(s)");
            return status == 0;
        }
    }

    private static boolean step(String what, PatternName pattern, int requests, DemoServer server, Tls tls)
            throws Exception {
        return run(what, pattern.cliName(), pattern.newPattern(tls), requests, server);
    }

    /** One client pattern against a server of its own, built as its subcommand would build it. */
    private static boolean clientStep(String what, Command command, String pattern, Tls tls) throws Exception {
        try (DemoServer server = DemoServer.http(command.cliName() + "-" + pattern, SMALL_BODY)) {
            Options options = Options.parse(command.cliName(), pattern, "--url", server.url());
            RequestPattern built = switch (command) {
                case JDKHTTP -> JdkHttpCommand.pattern(options, tls);
                case OKHTTP -> OkHttpCommand.pattern(options, tls);
                case APACHE5 -> Apache5Command.pattern(options, tls);
                case APACHE4 -> Apache4Command.pattern(options, tls);
                default -> throw new IllegalArgumentException("no demo for " + command);
            };
            return run(what, command.cliName() + " " + pattern, built, CLIENT_REQUESTS, server);
        }
    }

    /** Runs the requests and prints what the server saw: the figures the agent's report can be checked against. */
    private static boolean run(String what, String pattern, RequestPattern requestPattern, int requests,
            DemoServer server) throws Exception {
        System.out.println("demo: " + what + " -> " + server.url());
        requestPattern.beforeFirstRequest();
        RunResult result = new RequestRunner(requestPattern, URI.create(server.url()).toURL(), requests, 1, 0).run();
        requestPattern.afterLastRequest();
        System.out.println("demo:   pattern=" + pattern + " ok=" + result.ok() + " failed=" + result.failed()
                + "; the server at " + server.url() + " saw " + server.requests() + " requests on "
                + server.connections() + " connection(s)");
        return result.allOk();
    }
}
