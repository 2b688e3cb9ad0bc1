package dev.reuseagent.report;

import dev.reuseagent.config.Options.LogLevel;
import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.FakeClock;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.TrackFixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log line shapes of docs/contracts.md §4.1 (the "[reuse-agent] " prefix, timestamp and thread come from AgentLog). */
class LogReporterTest {

    private static final Origin API = Origin.of("https", "api.example.com", -1);
    private static final String SITE = "com.acme.Export.fetch(Export.java:42)";

    private final List<String> lines = new ArrayList<>();
    private final FakeClock clock = new FakeClock(5_000_000_000L);
    private LogReporter reporter;
    private ConnectionTracker tracker;

    private void use(LogLevel level, int limit) {
        reporter = new LogReporter(level, limit, lines::add);
        tracker = new ConnectionTracker(reporter, HostFilter.all(), 100, clock);
    }

    private ConnectionRecord open(Object key, Origin origin, String pool, String site) {
        return tracker.opened(key, "okhttp", origin, pool, clock.now(), 1_900_000L, site, 1);
    }

    @Test
    void prefixIsTheGreppableTag() {
        assertEquals("[reuse-agent] ", AgentLog.PREFIX);
    }

    @Test
    void newLineWithTlsAndSite() {
        use(LogLevel.NEW, 0);
        open(new Object(), API, "a", SITE);
        ConnectionRecord c = open(new Object(), API, "b", SITE);
        TrackFixtures.attachTls(c, false, 8_200_000L);
        tracker.exchangeDone(c, true);
        assertEquals(List.of("new connection #" + c.id() + " to https://api.example.com:443 via okhttp "
                + "reason=new-client connect=1.9ms tls=full/8.2ms at " + SITE), lines);
    }

    @Test
    void newLineWithResumedTls() {
        use(LogLevel.NEW, 0);
        ConnectionRecord c = open(new Object(), API, "a", SITE);
        TrackFixtures.attachTls(c, true, 1_300_000L);
        tracker.exchangeDone(c, true);
        assertTrue(lines.get(0).contains(" connect=1.9ms tls=resumed/1.3ms at "), lines.get(0));
    }

    @Test
    void newLineWithoutTls() {
        use(LogLevel.NEW, 0);
        ConnectionRecord c = open(new Object(), Origin.of("http", "localhost", 8080), "a", SITE);
        tracker.exchangeDone(c, true);
        assertEquals(List.of("new connection #" + c.id() + " to http://localhost:8080 via okhttp reason=first-use "
                + "connect=1.9ms at " + SITE), lines);
    }

    @Test
    void newLineWithoutSiteSaysUnknown() {
        use(LogLevel.NEW, 0);
        ConnectionRecord c = open(new Object(), API, "a", null);
        tracker.exchangeDone(c, true);
        assertEquals(List.of("new connection #" + c.id() + " to https://api.example.com:443 via okhttp "
                + "reason=first-use connect=1.9ms at unknown"), lines);
    }

    @Test
    void reusedLineSaysWhichRepairKeptTheConnectionOnceOnly() {
        use(LogLevel.ALL, 0);
        Object key = new Object();
        ConnectionRecord c = open(key, API, "a", SITE);
        tracker.exchangeDone(c, true);
        tracker.keptAlive(key, "drain");
        tracker.returned(key);
        tracker.taken(key, 1);
        tracker.exchangeDone(c, true);
        tracker.returned(key);
        tracker.taken(key, 1);
        tracker.exchangeDone(c, true);
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).endsWith(" uses=2 kept-by=drain"), lines.get(1));
        assertTrue(lines.get(2).endsWith(" uses=3"), lines.get(2));
    }

    @Test
    void reusedLine() {
        use(LogLevel.ALL, 0);
        Object key = new Object();
        ConnectionRecord c = open(key, API, "a", SITE);
        for (int i = 0; i < 7; i++) {
            tracker.exchangeDone(c, true);
            tracker.returned(key);
            tracker.taken(key, 1);
        }
        clock.advanceNanos(12_300_000L);
        tracker.exchangeDone(c, true);
        assertEquals(8, lines.size());
        assertEquals("reused connection #" + c.id() + " to https://api.example.com:443 via okhttp idle=12.3ms uses=8",
                lines.get(7));
    }

    @Test
    void failedConnectionLine() {
        use(LogLevel.NEW, 0);
        tracker.failedConnections().failed("jdkhttp", API, SITE, new javax.net.ssl.SSLHandshakeException("PKIX"));
        assertEquals("failed connection to https://api.example.com:443 via jdkhttp error=SSLHandshakeException at "
                + SITE, lines.get(lines.size() - 1));
    }

    @Test
    void unknownConnectLineSharesTheIdsAndTheNewLinesLimit() {
        use(LogLevel.NEW, 1);
        ConnectionRecord c = open(new Object(), API, "a", SITE);
        tracker.exchangeDone(c, true);
        tracker.unknownConnect("db.example.com:5432", SITE, 1_000_000L);
        tracker.unknownConnect("db.example.com:5432", null, 1_000_000L);
        tracker.unknownConnect("cache.example.com:6379", null, 1_000_000L);
        assertEquals(List.of(lines.get(0),
                "new connection #" + (c.id() + 1) + " to db.example.com:5432 via unknown at " + SITE,
                "new connection #" + (c.id() + 3) + " to cache.example.com:6379 via unknown at unknown"), lines);
    }

    @Test
    void unknownConnectsAreNotLoggedWithLogOff() {
        use(LogLevel.OFF, 0);
        tracker.unknownConnect("db.example.com:5432", SITE, 1_000_000L);
        assertEquals(List.of(), lines);
    }

    @Test
    void closedLine() {
        use(LogLevel.NEW, 0);
        Object key = new Object();
        ConnectionRecord c = open(key, API, "a", SITE);
        for (int i = 0; i < 9; i++) {
            tracker.exchangeDone(c, true);
        }
        clock.advanceNanos(4_200_000_000L);
        tracker.closed(key, CloseCause.SERVER_CLOSED);
        assertEquals("closed connection #" + c.id() + " to https://api.example.com:443 cause=server-closed uses=9 "
                + "age=4.2s", lines.get(lines.size() - 1));
    }

    @Test
    void shortAgeIsInMilliseconds() {
        use(LogLevel.NEW, 0);
        Object key = new Object();
        open(key, API, "a", SITE);
        clock.advanceNanos(250_000_000L);
        tracker.closed(key, CloseCause.IDLE_TIMEOUT);
        assertTrue(lines.get(lines.size() - 1).endsWith(" cause=idle-timeout uses=0 age=250.0ms"),
                lines.get(lines.size() - 1));
    }

    @Test
    void logNewDoesNotLogReused() {
        use(LogLevel.NEW, 0);
        assertFalse(reporter.wantsReused());
        Object key = new Object();
        ConnectionRecord c = open(key, API, "a", SITE);
        tracker.exchangeDone(c, true);
        tracker.returned(key);
        tracker.exchangeDone(c, true);
        tracker.closed(key, CloseCause.APP_CLOSED);
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("new connection #"));
        assertTrue(lines.get(1).startsWith("closed connection #"));
    }

    @Test
    void logAllWantsReused() {
        use(LogLevel.ALL, 0);
        assertTrue(reporter.wantsReused());
    }

    @Test
    void logOffPrintsNothing() {
        use(LogLevel.OFF, 0);
        assertFalse(reporter.wantsReused());
        Object key = new Object();
        ConnectionRecord c = open(key, API, "a", SITE);
        tracker.exchangeDone(c, true);
        tracker.returned(key);
        tracker.exchangeDone(c, true);
        reporter.reused(c, 1);
        tracker.closed(key, CloseCause.APP_CLOSED);
        reporter.flush();
        assertTrue(lines.isEmpty(), lines::toString);
    }

    @Test
    void thirdNewLineInAWindowIsSuppressedAndCountedOnFlush() {
        use(LogLevel.NEW, 2);
        for (int i = 0; i < 3; i++) {
            tracker.exchangeDone(open(new Object(), API, "p" + i, SITE), true);
        }
        assertEquals(2, lines.size(), lines::toString);
        reporter.flush();
        assertEquals(3, lines.size(), lines::toString);
        assertEquals("(+1 more new connections to https://api.example.com:443 in the last 60s)", lines.get(2));
    }

    @Test
    void suppressedCountsAllExtraLines() {
        use(LogLevel.NEW, 2);
        for (int i = 0; i < 7; i++) {
            tracker.exchangeDone(open(new Object(), API, "p" + i, SITE), true);
        }
        reporter.flush();
        assertEquals("(+5 more new connections to https://api.example.com:443 in the last 60s)",
                lines.get(lines.size() - 1));
    }

    @Test
    void flushWithNothingSuppressedPrintsNothing() {
        use(LogLevel.NEW, 2);
        tracker.exchangeDone(open(new Object(), API, "p", SITE), true);
        lines.clear();
        reporter.flush();
        assertTrue(lines.isEmpty(), lines::toString);
    }

    @Test
    void secondFlushDoesNotRepeatTheNote() {
        use(LogLevel.NEW, 1);
        tracker.exchangeDone(open(new Object(), API, "p1", SITE), true);
        tracker.exchangeDone(open(new Object(), API, "p2", SITE), true);
        reporter.flush();
        int after = lines.size();
        reporter.flush();
        assertEquals(after, lines.size());
    }

    @Test
    void limitIsPerOrigin() {
        use(LogLevel.NEW, 1);
        tracker.exchangeDone(open(new Object(), API, "p", SITE), true);
        tracker.exchangeDone(open(new Object(), Origin.of("https", "other.example.com", -1), "p", SITE), true);
        assertEquals(2, lines.size(), lines::toString);
    }

    @Test
    void limitIsPerKindOfLine() {
        use(LogLevel.NEW, 1);
        Object key = new Object();
        tracker.exchangeDone(open(key, API, "p", SITE), true);
        tracker.closed(key, CloseCause.APP_CLOSED);
        assertEquals(2, lines.size(), lines::toString);
    }

    @Test
    void zeroLimitMeansUnlimited() {
        use(LogLevel.NEW, 0);
        for (int i = 0; i < 50; i++) {
            tracker.exchangeDone(open(new Object(), API, "p" + i, SITE), true);
        }
        reporter.flush();
        assertEquals(50, lines.size());
    }
}
