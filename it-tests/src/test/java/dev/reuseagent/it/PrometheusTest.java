package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code prometheus=host:port} scraped by a real Prometheus server (Debian's package, which {@code .ci/run}
 * installs): what Prometheus stored, asked through its HTTP API, equals the server's own count and the summary JSON.
 */
@Isolated // runs alone: see junit-platform.properties
class PrometheusTest {

    private static final Path PROMETHEUS = Paths.get("/usr/bin/prometheus");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void aRealPrometheusScrapesWhatTheServerSaw(Jdk jdk) throws Exception {
        jdk.assumePresent();
        assumeTrue(Files.isExecutable(PROMETHEUS), "skipped: no Prometheus server at " + PROMETHEUS
                + " (.ci/run installs Debian's package 'prometheus')");
        Path dir = Files.createDirectories(ChildJvm.WORK.resolve("prometheus-server-" + jdk.name));
        int metricsPort = freePort();
        int prometheusPort = freePort();
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: reuse-agent\n"
                + "    static_configs:\n      - targets: ['127.0.0.1:" + metricsPort + "']\n");
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Running app = new ChildJvm(jdk, "prometheus").agentOption("prometheus=127.0.0.1:" + metricsPort)
                    .start("jdkhttp", "client-per-request", "--url", server.url(), "--requests", "5",
                            "--linger-ms", "60000");
            Process prometheus = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + config,
                    "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + prometheusPort)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
            try {
                String api = "http://127.0.0.1:" + prometheusPort;
                String requests = "sum(reuseagent_requests_total{job=\"reuse-agent\"})";
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (value(api, requests) < 5 && System.nanoTime() < deadline) {
                    Thread.sleep(250);
                }
                TruthServer.Truth truth = server.truth();
                assertEquals(5, truth.requests, truth::toString);
                assertEquals(truth.requests, value(api, requests), "requests scraped");
                assertEquals(truth.connections, value(api, "sum(reuseagent_connections_opened_total)"));
                assertEquals(truth.connections - 1,
                        value(api, "sum(reuseagent_connections_opened_total{reason=\"new-client\"})"));
                assertEquals(truth.connections, value(api, "sum(reuseagent_tcp_connects_total{client=\"jdkhttp\"})"));
                assertEquals(0, value(api, "sum(reuseagent_advice_errors_total)"));
                assertEquals(1, value(api, "count(reuseagent_requests_total{origin=\"" + server.origin()
                        + "\",client=\"jdkhttp\"})"), "one series, labelled with the origin and the client");

                app.process.destroy(); // the summary file is written at exit: compare it with what was scraped
                app.process.waitFor(30, TimeUnit.SECONDS);
                JsonNode origin = app.finish().origin(server.origin());
                assertEquals(origin.path("requests").asLong(), value(api, requests));
                assertEquals(origin.path("newConnections").asLong(),
                        value(api, "sum(reuseagent_connections_opened_total)"));
            } finally {
                prometheus.destroy();
                prometheus.waitFor(30, TimeUnit.SECONDS);
                app.process.destroyForcibly();
            }
        }
    }

    /** The one value of an instant query, or -1 while Prometheus has none (not up yet, not scraped yet). */
    private static long value(String api, String query) throws InterruptedException {
        try {
            URL url = new URL(api + "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            HttpURLConnection c = (HttpURLConnection) url.openConnection();
            try (InputStream in = c.getInputStream()) {
                JsonNode result = JSON.readTree(in).path("data").path("result");
                return result.size() == 0 ? -1 : Math.round(result.get(0).path("value").get(1).asDouble());
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
