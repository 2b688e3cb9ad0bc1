package dev.reuseagent.enforce;

import dev.reuseagent.config.DrainBound;
import dev.reuseagent.config.PoolSize;
import dev.reuseagent.report.EnforcedCount;
import dev.reuseagent.track.SiteFinder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ledger: one log line per repair and site, counts per repair, not-applied reasons once each. */
class EnforcementTest {

    private static final String SITE = "com.acme.Export.fetch(Export.java:42)";

    private static Enforcement okhttp() {
        return new Enforcement("okhttp", "okhttp", new SiteFinder(true, List.of(), List.of()), DrainBound.DEFAULT,
                PoolSize.CLIENT_DEFAULT);
    }

    @Test
    void theLogLineNamesClientRepairSiteEffectAndOption() {
        assertEquals("enforce okhttp shared-pool at " + SITE + ": 1 JVM-wide pool instead of one per client "
                + "(enforce=okhttp)", okhttp().appliedLine("shared-pool", SITE, "1 JVM-wide pool instead of one per client"));
    }

    @Test
    void loggedOncePerRepairAndSiteAndEveryApplicationCounted() {
        Enforcement enforcement = okhttp();
        assertTrue(enforcement.applied("shared-pool", "effect", "share one OkHttpClient", SITE));
        assertFalse(enforcement.applied("shared-pool", "effect", "share one OkHttpClient", SITE));
        assertFalse(enforcement.applied("shared-pool", "effect", "share one OkHttpClient", SITE));
        assertTrue(enforcement.applied("shared-pool", "effect", "share one OkHttpClient", "com.acme.B.b(B.java:1)"));
        assertTrue(enforcement.applied("drain", "effect", "read the body", SITE));
        enforcement.avoided("shared-pool");
        enforcement.avoided("shared-pool");

        List<EnforcedCount> counts = enforcement.counts();
        assertEquals(2, counts.size());
        EnforcedCount c = counts.get(0);
        assertEquals("shared-pool", c.repair());
        assertEquals(4, c.applied());
        assertEquals(2, c.avoided());
        assertEquals("share one OkHttpClient", c.fix());
        assertEquals(List.of(SITE, "com.acme.B.b(B.java:1)"), List.copyOf(c.sites().keySet()));
        assertEquals(3L, c.sites().get(SITE));
        assertEquals(0, counts.get(1).avoided());
    }

    @Test
    void notAppliedLoggedOncePerReason() {
        Enforcement enforcement = okhttp();
        assertTrue(enforcement.notApplied("shared-pool", "OkHttp 9.0 is not a verified version"));
        assertFalse(enforcement.notApplied("shared-pool", "OkHttp 9.0 is not a verified version"));
        assertTrue(enforcement.notApplied("drain", "no socket"));
        assertEquals(List.of("enforce okhttp shared-pool not applied: OkHttp 9.0 is not a verified version",
                "enforce okhttp drain not applied: no socket"), enforcement.notAppliedNotes());
    }

    @Test
    void sitesAreBoundedTheRestCountAsOther() {
        Enforcement enforcement = okhttp();
        for (int i = 0; i < Enforcement.MAX_SITES + 50; i++) {
            enforcement.applied("shared-pool", "effect", "fix", "com.acme.Job.step" + i + "(Job.java:1)");
        }
        EnforcedCount c = enforcement.counts().get(0);
        assertEquals(Enforcement.MAX_SITES + 50, c.applied());
        assertEquals(Enforcement.MAX_SITES + 1, c.sites().size());
        assertEquals(50L, c.sites().get("other"));
    }
}
