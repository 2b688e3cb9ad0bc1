package dev.reuseagent.prometheus;

import dev.reuseagent.report.Summary;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.OriginStats;

import java.util.Map;

/**
 * The summary in the Prometheus text exposition format 0.0.4: counters named {@code reuseagent_*_total}, seconds
 * as the base unit of time. Written by hand: the format is a handful of line rules, and the exposition library
 * (prometheus-metrics-model, -core, -config, -exposition-textformats: about 360 KB) would almost double the agent
 * that every host JVM loads. Series per origin are bounded by {@code maxOrigins} (beyond it: origin "other").
 */
public final class PrometheusText {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    public static String render(Summary s) {
        StringBuilder out = new StringBuilder(4096);
        family(out, "reuseagent_requests_total", "HTTP requests sent, failed ones included");
        for (OriginStats.Snapshot o : s.origins) {
            sample(out, "reuseagent_requests_total", o, null, null, o.requests);
        }
        family(out, "reuseagent_requests_failed_total", "HTTP requests that ended in an error");
        for (OriginStats.Snapshot o : s.origins) {
            sample(out, "reuseagent_requests_failed_total", o, null, null, o.failedExchanges);
        }
        family(out, "reuseagent_requests_reused_connection_total", "HTTP requests sent on a reused connection");
        for (OriginStats.Snapshot o : s.origins) {
            sample(out, "reuseagent_requests_reused_connection_total", o, null, null, o.reusedConnections);
        }
        family(out, "reuseagent_connections_opened_total", "New connections, by the reason they were needed");
        for (OriginStats.Snapshot o : s.origins) {
            for (Map.Entry<String, Long> e : o.reasons.entrySet()) {
                sample(out, "reuseagent_connections_opened_total", o, "reason", e.getKey(), e.getValue());
            }
        }
        family(out, "reuseagent_connections_closed_total", "Closed connections, by cause");
        for (OriginStats.Snapshot o : s.origins) {
            for (Map.Entry<String, Long> e : o.closes.entrySet()) {
                sample(out, "reuseagent_connections_closed_total", o, "cause", e.getKey(), e.getValue());
            }
        }
        family(out, "reuseagent_tls_handshakes_total", "TLS handshakes of new connections, full or resumed");
        for (OriginStats.Snapshot o : s.origins) {
            sample(out, "reuseagent_tls_handshakes_total", o, "mode", "full", o.tlsFull);
            sample(out, "reuseagent_tls_handshakes_total", o, "mode", "resumed", o.tlsResumed);
        }
        family(out, "reuseagent_tls_handshake_seconds_total", "Time spent in TLS handshakes of new connections");
        for (OriginStats.Snapshot o : s.origins) {
            sample(out, "reuseagent_tls_handshake_seconds_total", o, null, null, o.tlsNanos / 1e9);
        }
        family(out, "reuseagent_connect_seconds_total", "Time spent in TCP connects of new connections");
        for (OriginStats.Snapshot o : s.origins) {
            sample(out, "reuseagent_connect_seconds_total", o, null, null, o.connectNanos / 1e9);
        }
        endpoints(out, s);
        family(out, "reuseagent_advice_errors_total", "Errors the agent caught in its own code (0 when healthy)");
        out.append("reuseagent_advice_errors_total ").append(s.adviceErrors).append('\n');
        family(out, "reuseagent_dropped_events_total", "Events the agent had to drop");
        out.append("reuseagent_dropped_events_total ").append(s.droppedEvents).append('\n');
        return out.toString();
    }

    private static void endpoints(StringBuilder out, Summary s) {
        family(out, "reuseagent_tcp_connects_total", "TCP connects per endpoint, by the client that made them "
                + "(unknown: none the agent recognises)");
        for (EndpointStats.Snapshot e : s.endpoints) {
            for (Map.Entry<String, Long> c : e.clients.entrySet()) {
                out.append("reuseagent_tcp_connects_total{endpoint=\"");
                escaped(out, e.endpoint).append("\",client=\"");
                escaped(out, c.getKey()).append("\"} ").append(c.getValue()).append('\n');
            }
        }
        family(out, "reuseagent_tcp_connects_failed_total", "TCP connects that failed, per endpoint");
        for (EndpointStats.Snapshot e : s.endpoints) {
            out.append("reuseagent_tcp_connects_failed_total{endpoint=\"");
            escaped(out, e.endpoint).append("\"} ").append(e.failedConnects).append('\n');
        }
    }

    private static void family(StringBuilder out, String name, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n");
    }

    /** One series of an origin: labels origin and client (the origin's clients joined by '+'), and one more. */
    private static void sample(StringBuilder out, String name, OriginStats.Snapshot o, String label, String value,
            Object count) {
        out.append(name).append("{origin=\"");
        escaped(out, o.origin).append("\",client=\"");
        escaped(out, String.join("+", o.clients.keySet())).append('"');
        if (label != null) {
            out.append(',').append(label).append("=\"");
            escaped(out, value).append('"');
        }
        out.append("} ").append(count).append('\n');
    }

    /** Label values escape backslash, double quote and line feed (the format's rule); other text stays as is. */
    static StringBuilder escaped(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '"') {
                out.append("\\\"");
            } else if (c == '\n') {
                out.append("\\n");
            } else {
                out.append(c);
            }
        }
        return out;
    }
}
