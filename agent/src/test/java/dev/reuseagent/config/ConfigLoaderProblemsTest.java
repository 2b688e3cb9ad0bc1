package dev.reuseagent.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad configuration: each problem names its key, value, source and what is accepted, escaped for a log line. */
class ConfigLoaderProblemsTest extends ConfigLoaderTestBase {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "log             | loud    | off, new, all",
            "maxOrigins      | -3      | a whole number greater than 0",
            "maxOrigins      | abc     | a whole number greater than 0",
            "maxOrigins      | 0       | a whole number greater than 0",
            "logLimit        | -1      | a whole number, 0 or more",
            "summaryInterval | 10x     | 30s",
            "summaryInterval | 5ms     | 100ms",
            "enforce         | netty   | okhttp",
            "sites           | maybe   | true or false",
            "include         | a++b    | host globs",
    })
    void invalidValueNamesKeyValueAndAccepted(String key, String value, String accepted) {
        AgentConfig config = load(key + "=" + value);
        String message = onlyProblem(config).message();
        assertTrue(message.contains(key + "=" + value), message);
        assertTrue(message.contains(accepted), message);
    }

    @Test
    void overflowingDurationIsAProblemNotAnException() {
        String message = onlyProblem(load("summaryInterval=9999999999999999h")).message();
        assertTrue(message.contains("summaryInterval=9999999999999999h"), message);
    }

    @Test
    void invalidOptionKeepsItsDefault() {
        AgentConfig config = load("maxOrigins=-3,log=all");
        assertEquals(1000, config.get(Options.MAX_ORIGINS));
        assertEquals(Options.LogLevel.ALL, config.get(Options.LOG));
    }

    @Test
    void problemNamesItsSource() {
        props.put("reuse.agent.log", "loud");
        assertTrue(onlyProblem(load(null)).message().contains("system properties"));
        props.clear();
        env.put("REUSE_AGENT_LOG", "loud");
        assertTrue(onlyProblem(load(null)).message().contains("environment"));
    }

    @Test
    void unknownKeyInArguments() {
        ConfigProblem p = onlyProblem(load("lgo=all"));
        assertEquals("lgo", p.key());
        assertTrue(p.message().contains("lgo=all"), p.message());
        assertTrue(p.message().contains("help"), p.message());
    }

    @Test
    void unknownKeyInConfigFile() throws IOException {
        Path f = file("a.properties", "maxOrigin=5\n");
        ConfigProblem p = onlyProblem(load("config=" + f));
        assertTrue(p.message().contains("maxOrigin=5"), p.message());
        assertTrue(p.message().contains("config file"), p.message());
    }

    @Test
    void unknownKeyInSystemProperties() {
        props.put("reuse.agent.lgo", "all");
        ConfigProblem p = onlyProblem(load(null));
        assertTrue(p.message().contains("lgo=all"), p.message());
    }

    @Test
    void argumentWithoutEqualsIsAProblem() {
        ConfigProblem p = onlyProblem(load("verbose"));
        assertTrue(p.message().contains("verbose"), p.message());
        assertTrue(p.message().contains("key=value"), p.message());
    }

    @Test
    void summaryFileInMissingDirectory() {
        String value = dir.resolve("no-such-dir").resolve("s.json").toString();
        ConfigProblem p = onlyProblem(load("summaryFile=" + value));
        assertEquals("summaryFile", p.key());
        assertTrue(p.message().contains("summaryFile=" + value), p.message());
        assertTrue(p.message().contains("writable file"), p.message());
    }

    /** Permissions alone pass a path under /proc; opening it fails: one problem line, like any bad value. */
    @Test
    void logFileThatCannotBeOpenedIsAProblem() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc")),
                "needs /proc (Linux)");
        ConfigProblem p = onlyProblem(load("logFile=/proc/x"));
        assertEquals("logFile", p.key());
        assertTrue(p.message().contains("logFile=/proc/x") && p.message().contains("writable file"), p.message());
    }

    @Test
    void validatingAFileLeavesNoFileBehindAndAnExistingOneUnchanged() throws Exception {
        Path fresh = dir.resolve("fresh.json");
        assertTrue(load("summaryFile=" + fresh).usable());
        assertFalse(java.nio.file.Files.exists(fresh), "validation must not leave a new file behind");
        Path existing = dir.resolve("agent.log");
        java.nio.file.Files.writeString(existing, "earlier lines\n");
        assertTrue(load("logFile=" + existing).usable());
        assertEquals("earlier lines\n", java.nio.file.Files.readString(existing));
    }

    @Test
    void aKeyGivenTwiceInTheArgumentsIsAProblem() {
        ConfigProblem p = onlyProblem(load("log=off,log=all"));
        assertEquals("log", p.key());
        assertTrue(p.message().contains("log=all") && p.message().contains("each key once (log=off was given before)"),
                p.message());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"maxOrigins=\u0661\u0660\u0660", "logLimit=\uff15",
        "summaryInterval=\u0663\u0660s"})
    void digitsOfOtherScriptsAreNotNumbers(String pair) {
        ConfigProblem p = onlyProblem(load(pair));
        assertEquals(pair.substring(0, pair.indexOf('=')), p.key());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"include=+", "exclude=a+", "siteExclude=+com.acme."})
    void emptyPartsOfAPlusListAreAProblem(String pair) {
        ConfigProblem p = onlyProblem(load(pair));
        assertEquals(pair.substring(0, pair.indexOf('=')), p.key());
    }

    @Test
    void aMisspeltEnvironmentVariableIsAProblem() {
        env.put("REUSE_AGENT_MAXORIGINS", "50");
        ConfigProblem p = onlyProblem(load(""));
        assertEquals("REUSE_AGENT_MAXORIGINS", p.key());
        assertTrue(p.message().contains("(from environment)"), p.message());
        env.remove("REUSE_AGENT_MAXORIGINS");
        env.put("REUSE_AGENT_MAX_ORIGINS", "50");
        assertEquals(50, load("").get(Options.MAX_ORIGINS));
    }

    @Test
    void summaryFileThatIsADirectory() {
        ConfigProblem p = onlyProblem(load("summaryFile=" + dir));
        assertTrue(p.message().contains("summaryFile=" + dir), p.message());
        assertTrue(p.message().contains("writable file"), p.message());
    }

    @Test
    void missingConfigFileIsAProblem() {
        String value = dir.resolve("missing.properties").toString();
        AgentConfig config = load("config=" + value);
        assertFalse(config.usable());
        List<ConfigProblem> problems = config.problems();
        assertFalse(problems.isEmpty());
        for (ConfigProblem p : problems) {
            assertEquals("config", p.key());
            assertTrue(p.message().contains("config=" + value), p.message());
            assertTrue(p.message().contains("readable properties file"), p.message());
        }
    }

    @Test
    void missingConfigFileIsReportedOnce() {
        onlyProblem(load("config=" + dir.resolve("missing.properties")));
    }

    @Test
    void invalidValueInConfigFileNamesTheFile() throws IOException {
        Path f = file("a.properties", "log=loud\n");
        ConfigProblem p = onlyProblem(load("config=" + f));
        assertTrue(p.message().contains("log=loud"), p.message());
        assertTrue(p.message().contains(f.toString()), p.message());
    }

    @Test
    void controlCharactersInBadValueAreEscaped() {
        ConfigProblem p = onlyProblem(load("log=lo\nud\u001b[31m"));
        String message = p.message();
        assertTrue(message.contains("lo\\u000aud\\u001b[31m"), message);
        assertNoControlCharacters(message);
    }

    @Test
    void controlCharactersInSystemPropertyValueAreEscaped() {
        props.put("reuse.agent.maxOrigins", "1\r\n[reuse-agent] forged");
        String message = onlyProblem(load(null)).message();
        assertNoControlCharacters(message);
        assertTrue(message.contains("1\\u000d\\u000a[reuse-agent] forged"), message);
    }

    @Test
    void controlCharactersInUnknownKeyAreEscaped() {
        String message = onlyProblem(load("lo\ng=all")).message();
        assertNoControlCharacters(message);
    }

    private static void assertNoControlCharacters(String message) {
        String bad = message.chars().filter(Character::isISOControl)
                .mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(" "));
        assertTrue(bad.isEmpty(), () -> "control characters " + bad + " in: " + message);
    }
}
