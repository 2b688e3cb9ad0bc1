package dev.reuseagent.prometheus;

import dev.reuseagent.report.Summary;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.OriginStats;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exposition text line by line, and the server that serves it. */
class PrometheusTextTest {

    /** A metric line of the text format 0.0.4: name, optional labels, a float value. */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*})? "
                    + "-?[0-9.eE+-]+");

    static Summary summary() {
        OriginStats.Snapshot o = new OriginStats.Snapshot();
        o.origin = "https://api.example.com:443";
        o.requests = 100;
        o.newConnections = 3;
        o.reusedConnections = 97;
        o.failedExchanges = 2;
        o.clients.put("okhttp", 100L);
        o.reasons.put("first-use", 1L);
        o.reasons.put("new-client", 2L);
        o.closes.put("app-closed", 2L);
        o.tlsFull = 3;
        o.tlsNanos = 24_600_000L;
        o.connectNanos = 3_100_000L;
        EndpointStats.Snapshot e = new EndpointStats.Snapshot();
        e.endpoint = "api.example.com:443";
        e.tcpConnects = 4;
        e.clients.put("okhttp", 3L);
        e.clients.put("unknown", 1L);
        e.failedConnects = 1;
        Summary s = new Summary();
        s.origins.add(o);
        s.endpoints.add(e);
        s.adviceErrors = 0;
        return s;
    }

    @Test
    void countersPerOriginClientReasonAndCause() {
        List<String> lines = PrometheusText.render(summary()).lines().toList();
        String labels = "{origin=\"https://api.example.com:443\",client=\"okhttp\"";
        assertTrue(lines.contains("reuseagent_requests_total" + labels + "} 100"), lines::toString);
        assertTrue(lines.contains("reuseagent_requests_failed_total" + labels + "} 2"), lines::toString);
        assertTrue(lines.contains("reuseagent_requests_reused_connection_total" + labels + "} 97"), lines::toString);
        assertTrue(lines.contains("reuseagent_connections_opened_total" + labels + ",reason=\"new-client\"} 2"),
                lines::toString);
        assertTrue(lines.contains("reuseagent_connections_closed_total" + labels + ",cause=\"app-closed\"} 2"),
                lines::toString);
        assertTrue(lines.contains("reuseagent_tls_handshakes_total" + labels + ",mode=\"full\"} 3"), lines::toString);
        assertTrue(lines.contains("reuseagent_tls_handshake_seconds_total" + labels + "} 0.0246"), lines::toString);
        assertTrue(lines.contains("reuseagent_tcp_connects_total{endpoint=\"api.example.com:443\",client=\"unknown\"} 1"),
                lines::toString);
        assertTrue(lines.contains("reuseagent_advice_errors_total 0"), lines::toString);
        for (String line : lines) {
            if (line.startsWith("# TYPE ")) {
                assertTrue(line.matches("# TYPE reuseagent_[a-z_]+_total counter"), line);
            } else if (!line.startsWith("# HELP ")) {
                assertTrue(SAMPLE.matcher(line).matches(), line);
            }
        }
    }

    @Test
    void labelValuesEscapeQuotesBackslashesAndLineFeeds() {
        Summary s = summary();
        s.origins.get(0).origin = "http://a\"b\\c\nd:80";
        String text = PrometheusText.render(s);
        assertTrue(text.contains("origin=\"http://a\\\"b\\\\c\\nd:80\""), text);
    }

    @Test
    void theServerAnswersMetricsAndNothingElse() throws Exception {
        MetricsServer server = MetricsServer.start("127.0.0.1", 0, new Supplier<Summary>() {
            @Override
            public Summary get() {
                return summary();
            }
        });
        int port = server.port();
        HttpURLConnection metrics = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/metrics?x=1")
                .openConnection();
        assertEquals(200, metrics.getResponseCode());
        assertEquals(PrometheusText.CONTENT_TYPE, metrics.getContentType());
        try (InputStream in = metrics.getInputStream()) {
            assertEquals(PrometheusText.render(summary()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        HttpURLConnection other = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/").openConnection();
        assertEquals(404, other.getResponseCode());
        HttpURLConnection post = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/metrics").openConnection();
        post.setRequestMethod("DELETE");
        assertEquals(405, post.getResponseCode());
        server.close();
        // Closed: nothing listens there any more (rebinding the port could meet its connections in TIME_WAIT).
        boolean refused = false;
        for (int i = 0; i < 100 && !refused; i++) {
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
                Thread.sleep(20);
            } catch (java.net.ConnectException expected) {
                refused = true;
            }
        }
        assertTrue(refused, "the port still accepts connections after close()");
    }
}
