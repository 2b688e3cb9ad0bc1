package dev.reuseagent.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-made timestamps agree with java.time's, millisecond for millisecond. */
class UtcTimestampTest {

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static String ours(long millis) {
        StringBuilder out = new StringBuilder();
        UtcTimestamp.append(out, millis);
        return out.toString();
    }

    @Test
    void knownInstants() {
        assertEquals("1970-01-01T00:00:00.000Z", ours(0));
        assertEquals("2026-12-01T15:10:28.090Z", ours(Instant.parse("2026-12-01T15:10:28.090Z").toEpochMilli()));
        assertEquals("2024-02-29T23:59:59.999Z", ours(Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli()));
        assertEquals("2000-03-01T00:00:00.001Z", ours(Instant.parse("2000-03-01T00:00:00.001Z").toEpochMilli()));
        assertEquals("1969-12-31T23:59:59.999Z", ours(-1));
    }

    @Test
    void agreesWithJavaTimeOverFourCenturies() {
        SplittableRandom random = new SplittableRandom(42);
        long from = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2300-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 200_000; i++) {
            long millis = random.nextLong(from, to);
            assertEquals(ISO.format(Instant.ofEpochMilli(millis)), ours(millis), Long.toString(millis));
        }
    }
}
