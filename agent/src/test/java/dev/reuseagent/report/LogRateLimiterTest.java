package dev.reuseagent.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogRateLimiterTest {

    private static final long MINUTE = 60_000_000_000L;
    private static final String KEY = "new connections to https://h:443";

    private final List<String> notes = new ArrayList<>();

    @Test
    void allowsUpToTheLimitPerWindow() {
        LogRateLimiter limiter = new LogRateLimiter(2, MINUTE);
        assertTrue(limiter.allow(KEY, 0, notes));
        assertTrue(limiter.allow(KEY, 1, notes));
        assertFalse(limiter.allow(KEY, 2, notes));
        assertTrue(notes.isEmpty());
    }

    @Test
    void newWindowReportsTheSuppressedCountAndAllowsAgain() {
        LogRateLimiter limiter = new LogRateLimiter(1, MINUTE);
        limiter.allow(KEY, 0, notes);
        limiter.allow(KEY, 1, notes);
        limiter.allow(KEY, 2, notes);
        assertTrue(limiter.allow(KEY, MINUTE, notes));
        assertEquals(List.of("(+2 more new connections to https://h:443 in the last 60s)"), notes);
    }

    @Test
    void flushReportsAndResets() {
        LogRateLimiter limiter = new LogRateLimiter(1, MINUTE);
        limiter.allow(KEY, 0, notes);
        limiter.allow(KEY, 1, notes);
        assertEquals(List.of("(+1 more new connections to https://h:443 in the last 60s)"), limiter.flush());
        assertEquals(List.of(), limiter.flush());
    }

    @Test
    void zeroLimitAlwaysAllows() {
        LogRateLimiter limiter = new LogRateLimiter(0, MINUTE);
        for (int i = 0; i < 100; i++) {
            assertTrue(limiter.allow(KEY, i, notes));
        }
        assertEquals(List.of(), limiter.flush());
    }
}
