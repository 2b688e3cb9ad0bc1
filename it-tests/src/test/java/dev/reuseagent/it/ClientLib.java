package dev.reuseagent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One HTTP client version with its runtime dependencies (built by client-libs/*), and the agent's name for that
 * client. A child JVM gets the sample classes plus exactly one of these, so no two versions ever meet.
 */
enum ClientLib {
    /** Not supported: the agent's okhttp client stands down with it (the transport layer still counts). */
    OKHTTP3("okhttp3", "okhttp", "3.14"),
    OKHTTP4("okhttp4", "okhttp", "4.12"),
    OKHTTP5("okhttp5", "okhttp", "5.3"),
    APACHE4("apache4", "apache4", "4.5"),
    APACHE5("apache5", "apache5", "5.5"),
    /** HttpClient 5.5's async API, from the same jars (httpcore5-h2 included): its own slice and client name. */
    APACHE5_ASYNC("apache5", "apache5-async", "apache5-async", "5.5"),
    /**
     * HttpClient 5.6 (httpcore5 5.4), classic and async, on the same samples and slices as 5.5 (client-libs/apache5-6):
     * the hooks of both slices verified unchanged there.
     */
    APACHE5_6("apache5-6", "apache5", "apache5", "5.6"),
    APACHE5_6_ASYNC("apache5-6", "apache5-async", "apache5-async", "5.6"),
    /**
     * HTTP wrapper frameworks over the clients above: Spring's web clients (RestTemplate over urlconnection,
     * RestClient over jdkhttp), OpenFeign's default client (urlconnection), Retrofit 3 (OkHttp 4.12). The agent names
     * the client underneath; its name here is the framework's default one.
     */
    SPRING("spring", "spring", "urlconnection", "7.0"),
    FEIGN("feign", "feign", "urlconnection", "13.13"),
    /**
     * Google HTTP Client 2.2: NetHttpTransport over urlconnection, and both ApacheHttpTransports (apache.v2 over
     * HttpClientBuilder, the deprecated apache one over DefaultHttpClient) over apache4 (4.5 from the same folder).
     */
    GOOGLE("google-http", "google", "urlconnection", "2.2"),
    RETROFIT("retrofit", "retrofit", "okhttp", "3.0"),
    /**
     * Netty at the transport layer: plain Netty 4.2 (NIO and native epoll), and Reactor Netty 1.3's HttpClient on its
     * default transport. Counted per endpoint under client {@code netty}; no origins (HTTP reuse for Reactor Netty is
     * a later slice), no https in their samples.
     */
    NETTY("netty", "netty", "4.2"),
    REACTOR("reactor", "reactor", "reactor-netty", "1.3"),
    /** Apache HttpAsyncClient 4.1 (with httpcore-nio 4.4 and httpclient 4.5, its dependencies). */
    APACHE4_ASYNC("apache4async", "apache4-async", "apache4-async", "4.1"),
    /** Spring's RestClient and WebClient with Reactor Netty on the class path: both then run on Reactor Netty. */
    SPRING_REACTOR("spring-reactor", "spring", "reactor-netty", "7.0"),
    /** Jetty's HttpClient 12.1 on its default HTTP/1.1 transport. */
    JETTY("jetty", "jetty", "12.1"),
    /**
     * Vert.x 5's WebClient (vertx-web-client 5.0, with the Netty 4.2 it brings): its own slice, {@code vertx}, whose
     * connects the netty slice reports and the vertx slice claims.
     */
    VERTX("vertx", "vertx", "vertx", "5.0"),
    /**
     * The AWS SDK for Java v2 (2.57) S3 client: async on netty-nio-client (client {@code aws-netty}); its sync HTTP
     * clients (apache-client, url-connection-client) are reported under the agent's names for the clients beneath,
     * {@code apache4} and {@code urlconnection}.
     */
    AWS("awssdk", "aws", "aws-netty", "2.57"),
    /** gRPC-Java 1.85 on grpc-netty (the Netty 4.2 of the project): client {@code grpc}, connects claimed from netty. */
    GRPC("grpc", "grpc", "1.85"),
    /** gRPC-Java 1.85 on grpc-netty-shaded (relocated Netty, native epoll, OpenSSL): the same grpc-core hooks. */
    GRPC_SHADED("grpc-shaded", "grpc", "grpc", "1.85");

    /** The sample-apps subcommand for this client. */
    final String command;
    /** The client name in the agent's output ({@code via <client>}, {@code clients.<client>}). */
    final String agentName;
    final String version;
    private final String dir;

    /** A client: its sample-apps subcommand is its agent name. */
    ClientLib(String dir, String agentName, String version) {
        this(dir, agentName, agentName, version);
    }

    ClientLib(String dir, String command, String agentName, String version) {
        this.dir = dir;
        this.command = command;
        this.agentName = agentName;
        this.version = version;
    }

    /** The sample classes directory first, then this client's jars. */
    List<Path> classpath() {
        List<Path> entries = new ArrayList<>();
        entries.add(sampleClasses());
        Path lib = Paths.get(required("client.libs"), dir, "target", "lib");
        try (Stream<Path> jars = Files.list(lib)) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException(lib + ": build client-libs first (mvn package)", e);
        }
        return entries;
    }

    /** sample-apps' compiled classes: the same code as sample-apps.jar, without its manifest. */
    static Path sampleClasses() {
        Path classes = Paths.get(required("sample.apps.classes"));
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException(classes + " does not exist: build sample-apps first");
        }
        return classes;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven)");
        }
        return value;
    }

    @Override
    public String toString() {
        return dir;
    }
}
