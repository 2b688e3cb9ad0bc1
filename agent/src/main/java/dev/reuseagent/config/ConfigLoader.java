package dev.reuseagent.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads the configuration from its four sources, highest precedence first: agent arguments,
 * {@code -Dreuse.agent.key} system properties, {@code REUSE_AGENT_KEY} environment variables, and the properties
 * file named by {@code config}. Never throws: every problem becomes a {@link ConfigProblem}.
 */
public final class ConfigLoader {

    private static final String PROPERTY_PREFIX = "reuse.agent.";
    private static final String ENVIRONMENT_PREFIX = "REUSE_AGENT_";

    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    /** Parsers that replace an option's own, for name sets whose names only the caller knows. */
    private final Map<Option<?>, Option.Parser<?>> parsers = new HashMap<>();

    public ConfigLoader(Map<String, String> systemProperties, Map<String, String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /**
     * The names a name-set option accepts: {@code all} then means all of them, and any other name is a problem
     * reported like every other invalid value. (The client names live in the client slices, not in config.)
     */
    public ConfigLoader acceptingNames(Option<Set<String>> option, List<String> names) {
        parsers.put(option, Parsers.nameSet(names));
        return this;
    }

    /** A loader over this JVM's real system properties and environment. */
    public static ConfigLoader forThisJvm() {
        Map<String, String> props = new HashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(PROPERTY_PREFIX)) {
                props.put(name, System.getProperty(name));
            }
        }
        return new ConfigLoader(props, System.getenv());
    }

    public AgentConfig load(String agentArguments) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, Source> chosen = new LinkedHashMap<>();

        Map<String, String> fromArguments = parseArguments(agentArguments, problems);
        Map<String, String> fromProperties = new HashMap<>();
        for (Map.Entry<String, String> property : systemProperties.entrySet()) {
            String name = property.getKey();
            if (name.startsWith(PROPERTY_PREFIX) && Options.byKey(name.substring(PROPERTY_PREFIX.length())) == null) {
                // A typo in -Dreuse.agent.xyz must not pass silently.
                fromProperties.put(name.substring(PROPERTY_PREFIX.length()), property.getValue());
            }
        }
        Map<String, String> fromEnvironment = new HashMap<>();
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            String name = variable.getKey();
            if (name.startsWith(ENVIRONMENT_PREFIX) && !isOptionVariable(name)) {
                // A typo in REUSE_AGENT_XYZ must not pass silently either: reported under the variable's name.
                fromEnvironment.put(name, variable.getValue());
            }
        }
        for (Option<?> option : Options.ALL) {
            String property = systemProperties.get(option.systemPropertyName());
            if (property != null) {
                fromProperties.put(option.key(), property);
            }
            String env = environment.get(option.environmentName());
            if (env != null) {
                fromEnvironment.put(option.key(), env);
            }
        }
        // The config file is itself named by the other sources.
        Map<String, String> fromFile = new HashMap<>();
        String fileSource = null;
        for (Map.Entry<String, Map<String, String>> layer : layers(fromArguments, fromProperties, fromEnvironment)) {
            String configPath = layer.getValue().get(Options.CONFIG.key());
            if (configPath != null) {
                fileSource = "config file " + configPath;
                readFile(configPath, layer.getKey(), fromFile, problems);
                break;
            }
        }
        for (Map.Entry<String, Map<String, String>> layer : layers(fromArguments, fromProperties, fromEnvironment)) {
            addLayer(layer.getValue(), layer.getKey(), chosen);
        }
        if (fileSource != null) {
            addLayer(fromFile, fileSource, chosen);
        }

        Map<Option<?>, Object> values = new HashMap<>();
        for (Map.Entry<String, Source> entry : chosen.entrySet()) {
            Option<?> option = Options.byKey(entry.getKey());
            Source source = entry.getValue();
            if (option == null) {
                problems.add(new ConfigProblem(entry.getKey(), source.value, source.name,
                        "one of the keys listed by 'java -jar reuse-agent.jar help'"));
                continue;
            }
            try {
                Option.Parser<?> parser = parsers.get(option);
                values.put(option, parser != null ? parser.parse(source.value.trim()) : option.parse(source.value));
            } catch (RuntimeException e) {
                if (option != Options.CONFIG) { // a bad config path was already reported while reading it
                    String accepted = e instanceof IllegalArgumentException && e.getMessage() != null
                            ? e.getMessage() : option.accepted();
                    problems.add(new ConfigProblem(option.key(), source.value, source.name, accepted));
                }
            }
        }
        return new AgentConfig(values, problems);
    }

    private static List<Map.Entry<String, Map<String, String>>> layers(Map<String, String> arguments,
            Map<String, String> properties, Map<String, String> environment) {
        List<Map.Entry<String, Map<String, String>>> layers = new ArrayList<>();
        layers.add(Map.entry("agent arguments", arguments));
        layers.add(Map.entry("system properties", properties));
        layers.add(Map.entry("environment", environment));
        return layers;
    }

    private static void addLayer(Map<String, String> layer, String name, Map<String, Source> chosen) {
        for (Map.Entry<String, String> entry : layer.entrySet()) {
            chosen.putIfAbsent(entry.getKey(), new Source(entry.getValue(), name));
        }
    }

    /** {@code key=value,key=value}; a value may not contain ','. */
    private static boolean isOptionVariable(String name) {
        for (Option<?> option : Options.ALL) {
            if (option.environmentName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static Map<String, String> parseArguments(String arguments, List<ConfigProblem> problems) {
        Map<String, String> result = new LinkedHashMap<>();
        if (arguments == null || arguments.isBlank()) {
            return result;
        }
        for (String pair : arguments.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                problems.add(new ConfigProblem(pair.trim(), "", "agent arguments", "key=value pairs joined by ','"));
                continue;
            }
            String key = pair.substring(0, eq).trim();
            if (result.containsKey(key)) {
                // log=off,log=all: which one was meant is not for the agent to guess
                problems.add(new ConfigProblem(key, pair.substring(eq + 1).trim(), "agent arguments",
                        "each key once (" + key + "=" + result.get(key) + " was given before)"));
                continue;
            }
            result.put(key, pair.substring(eq + 1).trim());
        }
        return result;
    }

    private static void readFile(String path, String namedBy, Map<String, String> into, List<ConfigProblem> problems) {
        Path file;
        try {
            file = Options.CONFIG.parse(path);
        } catch (IllegalArgumentException e) {
            problems.add(new ConfigProblem(Options.CONFIG.key(), path, namedBy, e.getMessage()));
            return;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new ConfigProblem(Options.CONFIG.key(), path, namedBy,
                    "a readable properties file (" + e.getClass().getSimpleName() + ")"));
            return;
        }
        for (String name : properties.stringPropertyNames()) {
            // Accept both "log=all" and "reuse.agent.log=all" inside the file.
            String key = name.startsWith("reuse.agent.") ? name.substring("reuse.agent.".length()) : name;
            if (!key.equals(Options.CONFIG.key())) {
                into.put(key, properties.getProperty(name));
            }
        }
    }

    private static final class Source {
        final String value;
        final String name;

        Source(String value, String name) {
            this.value = value;
            this.name = name;
        }
    }
}
