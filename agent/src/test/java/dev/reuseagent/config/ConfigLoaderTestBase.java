package dev.reuseagent.config;

import dev.reuseagent.client.ClientSlices;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What the config loader tests share: the system properties and environment a test fills, a directory for the
 * files it names, and the loader as the agent's start runs it.
 */
abstract class ConfigLoaderTestBase {

    @TempDir
    Path dir;

    final Map<String, String> props = new HashMap<>();
    final Map<String, String> env = new HashMap<>();

    AgentConfig load(String args) {
        return new ConfigLoader(props, env).acceptingNames(Options.ENFORCE, ClientSlices.enforceNames()).load(args);
    }

    Path file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    static ConfigProblem onlyProblem(AgentConfig config) {
        assertFalse(config.usable(), "config with a problem must not be usable");
        assertEquals(1, config.problems().size(), () -> "expected exactly one problem: " + config.problems());
        return config.problems().get(0);
    }
}
