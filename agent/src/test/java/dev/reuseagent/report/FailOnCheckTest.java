package dev.reuseagent.report;

import dev.reuseagent.config.FailOn;
import dev.reuseagent.config.FailOnParsing;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.util.JsonReader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CI guard's verdict on summaries: which new connections it forbids, and how the summary says so. */
class FailOnCheckTest {

    private static final String SITE = "com.acme.Export.fetch(Export.java:42)";

    private static Summary perRequestClients(String failOn) {
        OriginStats.Snapshot o = new OriginStats.Snapshot();
        o.origin = "https://api.example.com:443";
        o.requests = 10;
        o.newConnections = 10;
        o.clients.put("okhttp", 10L);
        o.reasons.put("first-use", 1L);
        o.reasons.put("new-client", 9L);
        o.sitesByReason.put("first-use " + SITE, 1L);
        o.sitesByReason.put("new-client " + SITE, 7L); // two more beyond the per-origin site bound
        Summary s = SummaryFixtures.summaryOf(o);
        s.failOn = failOn.equals("none") ? FailOn.NONE : FailOnParsing.parse(failOn);
        return s;
    }

    @Test
    void forbiddenReasonsAreListedPerSiteWithTheExitStatus() {
        List<FailOnCheck.Violation> violations = FailOnCheck.violations(perRequestClients("new-client"));
        assertEquals(2, violations.size());
        assertEquals(SITE, violations.get(0).site);
        assertEquals(7, violations.get(0).newConnections);
        assertEquals(null, violations.get(1).site);
        assertEquals(2, violations.get(1).newConnections);
        String text = SummaryText.render(perRequestClients("avoidable"));
        assertTrue(text.contains("failOn=avoidable: 9 new connections with a forbidden reason; the JVM ends with "
                + "exit status " + FailOn.EXIT_STATUS), text);
        assertTrue(text.contains("  - new-client x7 to https://api.example.com:443 at " + SITE), text);
        assertTrue(text.contains("  - new-client x2 to https://api.example.com:443 at (no site captured)"), text);
    }

    @Test
    void reasonsItDoesNotNamePass() {
        assertTrue(FailOnCheck.violations(perRequestClients("body-not-consumed+pool-full")).isEmpty());
        assertTrue(FailOnCheck.violations(perRequestClients("none")).isEmpty());
        assertFalse(SummaryText.render(perRequestClients("body-not-consumed")).contains("failOn"));
    }

    @Test
    void theJsonNamesTheGuardAndEachViolation() {
        Map<String, Object> agent = JsonReader.object(JsonReader.object(
                JsonReader.parse(SummaryJson.render(perRequestClients("new-client")))).get("agent"));
        Map<String, Object> failOn = JsonReader.object(agent.get("failOn"));
        assertEquals(List.of("new-client"), failOn.get("reasons"));
        Map<String, Object> first = JsonReader.object(JsonReader.array(failOn.get("violations")).get(0));
        assertEquals(SITE, first.get("site"));
        assertEquals(7.0, first.get("newConnections"));
    }
}
