package dev.reuseagent.config;

import dev.reuseagent.client.ClientSlices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private final Map<String, String> props = new HashMap<>();
    private final Map<String, String> env = new HashMap<>();

    private AgentConfig load(String args) {
        return new ConfigLoader(props, env).acceptingNames(Options.ENFORCE, ClientSlices.enforceNames()).load(args);
    }

    private Path file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    private static ConfigProblem onlyProblem(AgentConfig config) {
        assertFalse(config.usable(), "config with a problem must not be usable");
        assertEquals(1, config.problems().size(), () -> "expected exactly one problem: " + config.problems());
        return config.problems().get(0);
    }

    // ---- defaults and sources ------------------------------------------------------------------------------

    @Test
    void noSourcesGiveDefaultsAndUsable() {
        AgentConfig config = load(null);
        assertTrue(config.usable());
        assertEquals(Options.LogLevel.NEW, config.get(Options.LOG));
        assertEquals(1000, config.get(Options.MAX_ORIGINS));
        assertEquals(Set.of(), config.get(Options.ENFORCE));
        assertNull(config.get(Options.SUMMARY_FILE));
    }

    @Test
    void agentArgumentsBeatSystemProperties() {
        props.put("reuse.agent.log", "off");
        assertEquals(Options.LogLevel.ALL, load("log=all").get(Options.LOG));
    }

    @Test
    void systemPropertiesBeatEnvironment() {
        props.put("reuse.agent.maxOrigins", "7");
        env.put("REUSE_AGENT_MAX_ORIGINS", "9");
        assertEquals(7, load("").get(Options.MAX_ORIGINS));
    }

    @Test
    void environmentUsesUpperSnakeNames() {
        env.put("REUSE_AGENT_MAX_ORIGINS", "9");
        env.put("REUSE_AGENT_SUMMARY_INTERVAL", "30s");
        AgentConfig config = load("");
        assertTrue(config.usable(), () -> config.problems().toString());
        assertEquals(9, config.get(Options.MAX_ORIGINS));
        assertEquals(Duration.ofSeconds(30), config.get(Options.SUMMARY_INTERVAL));
    }

    @Test
    void camelCaseEnvironmentNameIsNotRead() {
        env.put("REUSE_AGENT_MAXORIGINS", "9");
        assertEquals(1000, load("").get(Options.MAX_ORIGINS));
    }

    @Test
    void environmentBeatsConfigFile() throws IOException {
        Path f = file("agent.properties", "log=all\nmaxOrigins=3\n");
        env.put("REUSE_AGENT_LOG", "off");
        AgentConfig config = load("config=" + f);
        assertTrue(config.usable(), () -> config.problems().toString());
        assertEquals(Options.LogLevel.OFF, config.get(Options.LOG));
        assertEquals(3, config.get(Options.MAX_ORIGINS), "keys only in the file still come from the file");
    }

    @Test
    void agentArgumentsBeatConfigFileTheyName() throws IOException {
        Path f = file("agent.properties", "log=all\n");
        AgentConfig config = load("config=" + f + ",log=off");
        assertEquals(Options.LogLevel.OFF, config.get(Options.LOG));
    }

    @Test
    void configFileMayUseShortKeys() throws IOException {
        Path f = file("a.properties", "log=all\n");
        assertEquals(Options.LogLevel.ALL, load("config=" + f).get(Options.LOG));
    }

    @Test
    void configFileMayUsePrefixedKeys() throws IOException {
        Path f = file("a.properties", "reuse.agent.log=all\nreuse.agent.maxOrigins=5\n");
        AgentConfig config = load("config=" + f);
        assertTrue(config.usable(), () -> config.problems().toString());
        assertEquals(Options.LogLevel.ALL, config.get(Options.LOG));
        assertEquals(5, config.get(Options.MAX_ORIGINS));
    }

    @Test
    void configFileNamedBySystemProperty() throws IOException {
        Path f = file("a.properties", "log=all\n");
        props.put("reuse.agent.config", f.toString());
        assertEquals(Options.LogLevel.ALL, load(null).get(Options.LOG));
    }

    @Test
    void configFileNamedByEnvironment() throws IOException {
        Path f = file("a.properties", "log=all\n");
        env.put("REUSE_AGENT_CONFIG", f.toString());
        assertEquals(Options.LogLevel.ALL, load(null).get(Options.LOG));
    }

    @Test
    void configFileNamedByHigherSourceWins() throws IOException {
        Path viaProps = file("props.properties", "log=all\n");
        Path viaEnv = file("env.properties", "log=off\nmaxOrigins=3\n");
        props.put("reuse.agent.config", viaProps.toString());
        env.put("REUSE_AGENT_CONFIG", viaEnv.toString());
        AgentConfig config = load(null);
        assertEquals(Options.LogLevel.ALL, config.get(Options.LOG));
        assertEquals(1000, config.get(Options.MAX_ORIGINS), "the lower source's file must not be read");
    }

    // ---- typed values --------------------------------------------------------------------------------------

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

    // ---- problems ------------------------------------------------------------------------------------------

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
