package dev.reuseagent.report;

import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.OriginStats;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryTextTest {

    private static final String SITE = "com.acme.Export.fetch(Export.java:42)";

    private static OriginStats.Snapshot newClientHeavy(String client) {
        OriginStats.Snapshot o = new OriginStats.Snapshot();
        o.origin = "https://api.example.com:443";
        o.requests = 10;
        o.newConnections = 10;
        o.reusedConnections = 0;
        o.clients.put(client, 10L);
        o.reasons.put("first-use", 1L);
        o.reasons.put("new-client", 9L);
        o.tlsFull = 10;
        o.sites.put(SITE, 10L);
        o.sitesByReason.put("first-use " + SITE, 1L);
        o.sitesByReason.put("new-client " + SITE, 9L);
        return o;
    }

    private static String tableRow(String text, String origin) {
        for (String line : text.split("\\R")) {
            if (line.trim().startsWith(origin)) {
                return line;
            }
        }
        throw new AssertionError("no table row for " + origin + " in\n" + text);
    }

    @Test
    void tableHasARowPerOriginWithItsCounts() {
        String text = SummaryText.render(SummaryFixtures.designSummary());
        String row = tableRow(text, "https://api.example.com:443");
        assertTrue(row.matches(".*\\bokhttp\\s+100\\s+3\\s+97\\s+97\\.0%\\s+3/0\\s+pool-busy\\s+.*"), row);
        assertTrue(row.endsWith(SITE), row);
    }

    @Test
    void headlineTotals() {
        String text = SummaryText.render(SummaryFixtures.designSummary());
        assertTrue(text.startsWith("summary after 5.1s: 1 origins, 100 requests, 3 connections opened, 97 requests on "
                + "reused connections (97.0% reuse)"), text);
    }

    @Test
    void newClientHeavyOriginGetsAHintNamingSiteAndFix() {
        String text = SummaryText.render(SummaryFixtures.summaryOf(newClientHeavy("okhttp")));
        String hint = hintLine(text);
        assertTrue(hint.contains("https://api.example.com:443"), hint);
        assertTrue(hint.contains("new-client"), hint);
        assertTrue(hint.contains(SITE), hint);
        assertTrue(hint.contains("create it once and share it"), hint);
    }

    @Test
    void urlConnectionNewClientHintNamesTheSslFactory() {
        String hint = hintLine(SummaryText.render(SummaryFixtures.summaryOf(newClientHeavy("urlconnection"))));
        assertTrue(hint.contains("SSLSocketFactory"), hint);
        assertTrue(hint.contains(SITE), hint);
    }

    @Test
    void wellReusedOriginGetsNoHint() {
        OriginStats.Snapshot o = new OriginStats.Snapshot();
        o.origin = "https://api.example.com:443";
        o.requests = 100;
        o.newConnections = 1;
        o.reusedConnections = 99;
        o.reasons.put("first-use", 1L);
        o.clients.put("okhttp", 100L);
        String text = SummaryText.render(SummaryFixtures.summaryOf(o));
        assertFalse(text.contains("hints:"), text);
    }

    @Test
    void unattributedConnectsAreShownAsClientUnknown() {
        Summary s = SummaryFixtures.designSummary();
        EndpointStats.Snapshot e = new EndpointStats.Snapshot();
        e.endpoint = "grpc.example.com:443";
        e.tcpConnects = 4;
        e.attributed = 0;
        e.sites.put("com.acme.Grpc.call(Grpc.java:9)", 4L);
        e.unattributedSites.put("com.acme.Grpc.call(Grpc.java:9)", 4L);
        s.endpoints.add(e);
        String text = SummaryText.render(s);
        String line = "  client unknown: 4 connects to grpc.example.com:443 not made by a recognised HTTP client (a "
                + "relocated or unsupported client, or not HTTP; no reuse data), top site com.acme.Grpc.call(Grpc.java:9)";
        assertTrue(text.lines().anyMatch(line::equals), text);
        assertFalse(text.contains("client unknown: 3 connects to api.example.com:443"), "all attributed: " + text);
    }

    @Test
    void aClientSeenAtTheTransportLayerOnlyGetsItsOwnLine() {
        Summary s = SummaryFixtures.designSummary();
        EndpointStats.Snapshot e = new EndpointStats.Snapshot();
        e.endpoint = "127.0.0.1:8080";
        e.tcpConnects = 5;
        e.attributed = 5;
        e.clients.put("netty", 5L);
        e.sites.put("com.acme.Feed.poll(Feed.java:31)", 5L);
        s.endpoints.add(e);
        String text = SummaryText.render(s);
        String line = "  client netty: 5 connects to 127.0.0.1:8080 (transport only: no request or reuse data), top "
                + "site com.acme.Feed.poll(Feed.java:31)";
        assertTrue(text.lines().anyMatch(line::equals), text);
        assertFalse(text.contains("client okhttp:"), "a client with exchanges is in the table: " + text);
    }

    @Test
    void theUnknownLineNamesTheSitesOfTheUnclaimedConnectsOnly() {
        Summary s = new Summary();
        EndpointStats.Snapshot e = new EndpointStats.Snapshot();
        e.endpoint = "api.example.com:443";
        e.tcpConnects = 9;
        e.attributed = 6;
        e.sites.put(SITE, 6L);
        e.sites.put("com.acme.Vendored.call(Vendored.java:7)", 2L);
        e.sites.put("com.acme.Vendored.retry(Vendored.java:12)", 1L);
        e.unattributedSites.put("com.acme.Vendored.call(Vendored.java:7)", 2L);
        e.unattributedSites.put("com.acme.Vendored.retry(Vendored.java:12)", 1L);
        s.endpoints.add(e);
        String text = SummaryText.render(s);
        assertTrue(text.contains("client unknown: 3 connects to api.example.com:443 "), text);
        assertTrue(text.contains("top site com.acme.Vendored.call(Vendored.java:7) (+1 more site)"), text);
    }

    @Test
    void agentErrorsAreShown() {
        Summary s = SummaryFixtures.designSummary();
        s.adviceErrors = 1;
        s.firstAdviceError = "java.lang.NullPointerException at X";
        String text = SummaryText.render(s);
        assertTrue(text.contains("1 advice errors"), text);
        assertTrue(text.contains("java.lang.NullPointerException at X"), text);
    }

    @Test
    void emptySummaryStillRenders() {
        Summary s = new Summary();
        String text = SummaryText.render(s);
        assertTrue(text.startsWith("summary after 0.0s: 0 origins"), text);
    }

    private static String hintLine(String text) {
        int hints = text.indexOf("hints:");
        assertTrue(hints >= 0, text);
        for (String line : text.substring(hints).split("\\R")) {
            if (line.trim().startsWith("- ")) {
                return line;
            }
        }
        throw new AssertionError("no hint in\n" + text);
    }
}
