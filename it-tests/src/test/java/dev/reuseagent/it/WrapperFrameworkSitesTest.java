package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP wrapper frameworks (Spring's RestTemplate and RestClient, OpenFeign, Google HTTP Client on its three
 * transports, Retrofit), each on its own class path,
 * on every JDK of the matrix: the bad pattern (a client per request) and the good one (one shared client), counted
 * against the server, with the client underneath as {@code via}, and as the site the sample application's own
 * line, never a frame of the framework (nor of the JDK proxy of a Feign or Retrofit interface).
 */
class WrapperFrameworkSitesTest {

    private static ChildJvm.Result run(Jdk jdk, ClientLib lib, TruthServer server, String pattern, int requests)
            throws Exception {
        jdk.assumePresent();
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        return new ChildJvm(jdk, lib.command + "-" + pattern).client(lib).run(lib.command, pattern,
                "--url", server.url(), "--trust-pem", pem.toString(), "--requests", Integer.toString(requests));
    }

    /**
     * Every site of the origin is a line of this sample class (with file and line number), and the sites together
     * account for every new connection.
     */
    private static void sitesAreTheSamples(JsonNode origin, String sampleClass, long newConnections) {
        String simpleName = sampleClass.substring(sampleClass.lastIndexOf('.') + 1);
        long counted = 0;
        for (JsonNode site : origin.path("sites")) {
            String text = site.path("site").asText();
            assertTrue(text.startsWith("dev.reuseagent.samples." + sampleClass + ".")
                    && text.contains("(" + simpleName + ".java:"), () -> "site " + text + " is not the sample's line: "
                    + origin);
            counted += site.path("newConnections").asLong();
        }
        assertEquals(newConnections, counted, origin::toString);
    }

    /** A client per request: one new connection per request, new-client after the first, at the sample's line. */
    private static void perRequest(ChildJvm.Result run, TruthServer server, Case c, int requests) throws Exception {
        JsonNode origin = Scenario.verifyClientAt(run, server, c.endpoint(server), c.client, "new-client");
        assertEquals(requests, origin.path("newConnections").asLong(), origin::toString);
        assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
        assertEquals(requests - 1, origin.path("reasons").path("new-client").asLong(), origin::toString);
        sitesAreTheSamples(origin, c.sampleClass, requests);
    }

    /** One shared client: one connection for every request, at the sample's line. */
    private static void shared(ChildJvm.Result run, TruthServer server, Case c, int requests) throws Exception {
        JsonNode origin = Scenario.verifyClientAt(run, server, c.endpoint(server), c.client);
        assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
        assertEquals(requests - 1, origin.path("reusedConnections").asLong(), origin::toString);
        sitesAreTheSamples(origin, c.sampleClass, 1);
    }

    /** sample-apps.jar carries no framework: help still lists their patterns, and a run says what is missing. */
    @Test
    void theSampleJarAloneListsThePatternsAndNamesWhatIsMissing() throws Exception {
        Jdk jdk = Jdk.matrix().get(0);
        ChildJvm.Result help = new ChildJvm(jdk, "frameworks-help").withoutAgent().run("help");
        assertEquals(0, help.exitCode, help::describe);
        for (String line : new String[] {"spring patterns", "rest-client-per-request", "feign patterns",
                "google patterns", "legacy-apache-per-request", "retrofit patterns"}) {
            assertTrue(help.stdout.contains(line), help::describe);
        }
        ChildJvm.Result feign = new ChildJvm(jdk, "feign-missing").withoutAgent().run("feign", "shared", "--url",
                "http://127.0.0.1:9/");
        assertEquals(2, feign.exitCode, feign::describe);
        assertTrue(feign.stderr.startsWith("sample: feign needs its framework on the class path"), feign::describe);
    }

    /**
     * One framework pattern: its subcommand and pattern, whether it needs https (a client per request over
     * HttpURLConnection only shows with an SSLSocketFactory per client), the client underneath, and the sample class
     * whose line must be the site.
     */
    enum Case {
        SPRING_REST_TEMPLATE_PER_REQUEST(ClientLib.SPRING, "rest-template-per-request", true, "urlconnection",
                "spring.RestTemplatePerRequestPattern"),
        SPRING_REST_TEMPLATE_SHARED(ClientLib.SPRING, "rest-template-shared", true, "urlconnection",
                "spring.RestTemplateSharedPattern"),
        SPRING_REST_CLIENT_PER_REQUEST(ClientLib.SPRING, "rest-client-per-request", false, "jdkhttp",
                "spring.RestClientPerRequestPattern"),
        SPRING_REST_CLIENT_SHARED(ClientLib.SPRING, "rest-client-shared", false, "jdkhttp",
                "spring.RestClientSharedPattern"),
        FEIGN_CLIENT_PER_REQUEST(ClientLib.FEIGN, "client-per-request", true, "urlconnection",
                "feign.FeignPerRequestPattern"),
        FEIGN_SHARED(ClientLib.FEIGN, "shared", true, "urlconnection", "feign.FeignSharedPattern"),
        GOOGLE_NET_PER_REQUEST(ClientLib.GOOGLE, "net-per-request", true, "urlconnection",
                "google.GooglePerRequestPattern"),
        GOOGLE_NET_SHARED(ClientLib.GOOGLE, "net-shared", true, "urlconnection", "google.GoogleSharedPattern"),
        GOOGLE_APACHE_PER_REQUEST(ClientLib.GOOGLE, "apache-per-request", true, "apache4",
                "google.GooglePerRequestPattern"),
        GOOGLE_APACHE_SHARED(ClientLib.GOOGLE, "apache-shared", true, "apache4", "google.GoogleSharedPattern"),
        GOOGLE_LEGACY_APACHE_PER_REQUEST(ClientLib.GOOGLE, "legacy-apache-per-request", false, "apache4",
                "google.GooglePerRequestPattern"),
        GOOGLE_LEGACY_APACHE_SHARED(ClientLib.GOOGLE, "legacy-apache-shared", false, "apache4",
                "google.GoogleSharedPattern"),
        RETROFIT_CLIENT_PER_REQUEST(ClientLib.RETROFIT, "client-per-request", false, "okhttp",
                "retrofit.RetrofitPerRequestPattern"),
        RETROFIT_SHARED(ClientLib.RETROFIT, "shared", false, "okhttp", "retrofit.RetrofitSharedPattern");

        final ClientLib lib;
        final String pattern;
        final boolean https;
        final String client;
        final String sampleClass;

        Case(ClientLib lib, String pattern, boolean https, String client, String sampleClass) {
            this.lib = lib;
            this.pattern = pattern;
            this.https = https;
            this.client = client;
            this.sampleClass = sampleClass;
        }

        boolean perRequest() {
            return pattern.endsWith("per-request");
        }

        /**
         * The endpoint the connects are counted under. Google's deprecated ApacheHttpTransport registers its socket
         * factories through Apache 4's old {@code SocketFactory} interface, whose adaptor hands the factory the
         * address's host NAME ({@code InetSocketAddress#getHostName}, a reverse look-up of 127.0.0.1): the client
         * really connects to that name, and the agent counts it so.
         */
        String endpoint(TruthServer server) throws UnknownHostException {
            String endpoint = Scenario.defaultEndpoint(server);
            if (this == GOOGLE_LEGACY_APACHE_PER_REQUEST || this == GOOGLE_LEGACY_APACHE_SHARED) {
                return InetAddress.getByName("127.0.0.1").getHostName() + endpoint.substring(endpoint.indexOf(':'));
            }
            return endpoint;
        }
    }

    static Stream<Arguments> matrix() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of(Case.values()).map(c -> Arguments.of(jdk, c)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void countedAtTheApplicationsLine(Jdk jdk, Case c) throws Exception {
        int requests = 5;
        try (TruthServer server = c.https ? TruthServer.https(TruthServer::small) : TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, c.lib, server, c.pattern, requests);
            if (c.perRequest()) {
                perRequest(run, server, c, requests);
            } else {
                shared(run, server, c, requests);
            }
        }
    }
}
