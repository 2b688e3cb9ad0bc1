package dev.reuseagent.it;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Protocol;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The other side of the wire: a MockWebServer on 127.0.0.1 whose own connection index is the ground truth every
 * scenario compares the agent's report with.
 */
final class TruthServer implements AutoCloseable {

    static final String TRUST_STORE_PASSWORD = "changeit";

    private static HeldCertificate certificate;
    private static Path trustStore;

    private final MockWebServer server = new MockWebServer();
    private final boolean https;

    private TruthServer(boolean https, java.util.function.Function<RecordedRequest, MockResponse> responses)
            throws IOException {
        this(https, List.of(Protocol.HTTP_1_1), responses);
    }

    private TruthServer(boolean https, List<Protocol> protocols,
            java.util.function.Function<RecordedRequest, MockResponse> responses) throws IOException {
        this.https = https;
        server.setProtocols(protocols);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return responses.apply(request);
            }
        });
        if (https) {
            HandshakeCertificates serverCertificates = new HandshakeCertificates.Builder()
                    .heldCertificate(certificate()).build();
            server.useHttps(serverCertificates.sslSocketFactory());
        }
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    static TruthServer http(Supplier<MockResponse> responses) throws IOException {
        return new TruthServer(false, request -> responses.get());
    }

    static TruthServer https(Supplier<MockResponse> responses) throws IOException {
        return new TruthServer(true, request -> responses.get());
    }

    /** HTTPS offering HTTP/2 and HTTP/1.1 by ALPN: clients that speak HTTP/2 multiplex on one connection. */
    static TruthServer http2(Supplier<MockResponse> responses) throws IOException {
        return new TruthServer(true, List.of(Protocol.HTTP_2, Protocol.HTTP_1_1), request -> responses.get());
    }

    /** Cleartext HTTP/2 only, with prior knowledge (no upgrade): OkHttp's {@code H2_PRIOR_KNOWLEDGE}. */
    static TruthServer h2PriorKnowledge(Supplier<MockResponse> responses) throws IOException {
        return new TruthServer(false, List.of(Protocol.H2_PRIOR_KNOWLEDGE), request -> responses.get());
    }

    /** A server whose answer depends on the request. */
    static TruthServer http(java.util.function.Function<RecordedRequest, MockResponse> responses)
            throws IOException {
        return new TruthServer(false, responses);
    }

    /** A small body with Content-Length, so HttpURLConnection can keep the connection. */
    static MockResponse small() {
        return new MockResponse.Builder().body("hello from the truth server").build();
    }

    static MockResponse.Builder smallBuilder() {
        return new MockResponse.Builder().body("hello from the truth server");
    }

    /** A small body with {@code Connection: close}, after which the server closes the socket: one request each. */
    static MockResponse closing() {
        return smallBuilder().addHeader("Connection", "close")
                .onResponseEnd(new SocketEffect.CloseSocket(true, false, false)).build();
    }

    /** 1 MiB: too large for the JDK to skip an unread remainder, so the connection is discarded. */
    static MockResponse large() {
        return new MockResponse.Builder().body("x".repeat(1 << 20)).build();
    }

    static synchronized HeldCertificate certificate() {
        if (certificate == null) {
            certificate = new HeldCertificate.Builder()
                    .commonName("reuse-agent it-tests")
                    .addSubjectAlternativeName("127.0.0.1")
                    .addSubjectAlternativeName("localhost")
                    .duration(1, TimeUnit.DAYS)
                    .build();
        }
        return certificate;
    }

    /**
     * The certificate as a PEM file the sample app trusts (--trust-pem). Test classes run in parallel and a child JVM
     * of one may be reading it: it is replaced whole (written beside it, then moved over it).
     */
    static synchronized Path trustPem(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path pem = dir.resolve("truth-server-ca.pem");
        Path temp = Files.createTempFile(dir, "truth-server-ca", ".tmp");
        Files.writeString(temp, certificate().certificatePem(), StandardCharsets.US_ASCII);
        return Files.move(temp, pem, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The certificate as a PKCS12 trust store for {@code -Djavax.net.ssl.trustStore}, {@link #TRUST_STORE_PASSWORD}. */
    static synchronized Path trustStore() throws IOException, GeneralSecurityException {
        if (trustStore == null) {
            Path file = ChildJvm.WORK.resolve("truth-server-trust.p12");
            Files.createDirectories(ChildJvm.WORK);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("truth-server", certificate().certificate());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, TRUST_STORE_PASSWORD.toCharArray());
            }
            trustStore = file;
        }
        return trustStore;
    }

    /** With user-info and a query string, neither of which the agent may ever write out. */
    String url() {
        return (https ? "https" : "http") + "://alice:s3cret-userinfo@127.0.0.1:" + server.getPort()
                + "/data?token=secret-query";
    }

    String origin() {
        return (https ? "https" : "http") + "://127.0.0.1:" + server.getPort();
    }

    /** Requests received so far, for tests that wait for the application to get going. */
    int truthSoFar() {
        return server.getRequestCount();
    }

    /** Forgets the requests recorded so far (a long run would keep them all): how many there were. */
    int drainRecorded() throws InterruptedException {
        int drained = 0;
        while (server.takeRequest(0, TimeUnit.SECONDS) != null) {
            drained++;
        }
        return drained;
    }

    /** What the server saw: its request count and its distinct connection indexes. */
    Truth truth() throws InterruptedException {
        int requests = server.getRequestCount();
        Set<Integer> connections = new TreeSet<>();
        for (int i = 0; i < requests; i++) {
            RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("server counted " + requests + " requests but recorded only " + i);
            }
            connections.add(r.getConnectionIndex());
        }
        return new Truth(requests, connections.size());
    }

    @Override
    public void close() {
        server.close();
    }

    /** The server's own counts. */
    static final class Truth {
        final int requests;
        final int connections;

        Truth(int requests, int connections) {
            this.requests = requests;
            this.connections = connections;
        }

        @Override
        public String toString() {
            return "server saw " + requests + " requests on " + connections + " connections";
        }
    }
}
