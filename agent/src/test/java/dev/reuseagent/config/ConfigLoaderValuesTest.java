package dev.reuseagent.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How option values are read: durations, lists, name sets, enums, booleans and file paths. */
class ConfigLoaderValuesTest extends ConfigLoaderTestBase {

    @ParameterizedTest
    @CsvSource({"500ms, 500", "30s, 30000", "5m, 300000", "1h, 3600000", "30S, 30000"})
    void durations(String text, long millis) {
        AgentConfig config = load("summaryInterval=" + text);
        assertTrue(config.usable(), () -> config.problems().toString());
        assertEquals(Duration.ofMillis(millis), config.get(Options.SUMMARY_INTERVAL));
    }

    @Test
    void plusJoinedList() {
        AgentConfig config = load("include=*.example.com+localhost,exclude=metrics.local");
        assertTrue(config.usable(), () -> config.problems().toString());
        assertEquals(List.of("*.example.com", "localhost"), config.get(Options.INCLUDE));
        assertEquals(List.of("metrics.local"), config.get(Options.EXCLUDE));
    }

    @Test
    void enforceClientsJoinedByPlus() {
        assertEquals(Set.of("okhttp", "apache"), load("enforce=okhttp+apache").get(Options.ENFORCE));
    }

    @Test
    void enforceAllMeansEveryClient() {
        assertEquals(Set.of("urlconnection", "jdkhttp", "okhttp", "apache"), load("enforce=all").get(Options.ENFORCE));
    }

    @Test
    void enforceOffMeansNone() {
        AgentConfig config = load("enforce=off");
        assertTrue(config.usable());
        assertEquals(Set.of(), config.get(Options.ENFORCE));
    }

    @Test
    void enumValuesAreCaseInsensitive() {
        assertEquals(Options.LogLevel.ALL, load("log=ALL").get(Options.LOG));
        assertEquals(Options.SummaryMode.OFF, load("summary=Off").get(Options.SUMMARY));
    }

    @Test
    void booleansAcceptOnOff() {
        assertFalse(load("sites=off").get(Options.SITES));
        assertFalse(load("enabled=false").get(Options.ENABLED));
        assertTrue(load("failFast=on").get(Options.FAIL_FAST));
    }

    @Test
    void writableFileBecomesAbsolutePath() {
        Path target = dir.resolve("summary.json");
        AgentConfig config = load("summaryFile=" + target);
        assertTrue(config.usable(), () -> config.problems().toString());
        assertEquals(target.toAbsolutePath(), config.get(Options.SUMMARY_FILE));
    }

    @Test
    void percentPInAFilePathIsThePid() {
        String pid = Long.toString(ProcessHandle.current().pid());
        AgentConfig config = load("summaryFile=" + dir.resolve("summary-%p.json") + ",events=" + dir.resolve("e%p-%p"));
        assertEquals(dir.resolve("summary-" + pid + ".json"), config.get(Options.SUMMARY_FILE));
        assertEquals(dir.resolve("e" + pid + "-" + pid), config.get(Options.EVENTS));
    }

    @Test
    void valueMayContainEquals() {
        Path target = dir.resolve("a=b.json");
        assertEquals(target, load("summaryFile=" + target).get(Options.SUMMARY_FILE));
    }
}
