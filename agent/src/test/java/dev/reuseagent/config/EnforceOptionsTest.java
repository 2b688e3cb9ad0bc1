package dev.reuseagent.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enforcement bounds: {@code enforceDrain} and {@code enforcePoolSize}. */
class EnforceOptionsTest extends ConfigLoaderTestBase {

    @Test
    void defaults() {
        AgentConfig config = load("");
        assertEquals(100_000_000L, config.get(Options.ENFORCE_DRAIN).maxNanos());
        assertEquals(4L * 1024 * 1024, config.get(Options.ENFORCE_DRAIN).maxBytes());
        assertTrue(config.get(Options.ENFORCE_POOL_SIZE).isClientDefault());
        assertEquals("100ms+4MiB", config.get(Options.ENFORCE_DRAIN).toString());
    }

    @ParameterizedTest
    @CsvSource({
        "250ms+1MiB, 250, 1048576",
        "1MiB+250ms, 250, 1048576",
        "2s, 2000, 4194304",
        "512KiB, 100, 524288",
        "64kb, 100, 65536",
        "0ms+0B, 0, 0",
        "100B, 100, 100",
        "60s+1024MiB, 60000, 1073741824"})
    void drainBounds(String text, long millis, long bytes) {
        AgentConfig config = load("enforceDrain=" + text);
        assertTrue(config.usable(), () -> config.problems().toString());
        assertEquals(millis * 1_000_000L, config.get(Options.ENFORCE_DRAIN).maxNanos());
        assertEquals(bytes, config.get(Options.ENFORCE_DRAIN).maxBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "fast", "100", "-1ms", "61s", "2GiB", "100ms+200ms", "1MiB+2MiB", "100ms+", "1.5s"})
    void badDrainBoundsNameKeyValueAndWhatIsAccepted(String text) {
        AgentConfig config = load("enforceDrain=" + text);
        assertFalse(config.usable());
        String problem = config.problems().get(0).toString();
        assertTrue(problem.contains("enforceDrain") && problem.contains("such as 100ms+4MiB"), problem);
    }

    @ParameterizedTest
    @CsvSource({"client, 0, 0", "8, 8, 0", "8/64, 8, 64", "CLIENT, 0, 0", "1/1, 1, 1"})
    void poolSizes(String text, int perRoute, int total) {
        AgentConfig config = load("enforcePoolSize=" + text);
        assertTrue(config.usable(), () -> config.problems().toString());
        assertEquals(perRoute, config.get(Options.ENFORCE_POOL_SIZE).perRoute());
        assertEquals(total, config.get(Options.ENFORCE_POOL_SIZE).total());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "8/4", "-3", "10001", "a/b", "8/", "/8", "many"})
    void badPoolSizes(String text) {
        AgentConfig config = load("enforcePoolSize=" + text);
        assertFalse(config.usable());
        assertTrue(config.problems().get(0).toString().contains("enforcePoolSize"));
    }
}
