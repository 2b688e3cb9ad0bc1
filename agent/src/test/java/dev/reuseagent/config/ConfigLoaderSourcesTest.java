package dev.reuseagent.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Defaults, and which source wins: agent arguments, then system properties, environment, config file. */
class ConfigLoaderSourcesTest extends ConfigLoaderTestBase {

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
}
