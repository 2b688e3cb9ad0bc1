package dev.reuseagent.config;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent's configuration: immutable, one typed value per option, plus the problems found while reading it.
 * An option with a problem holds its default; {@link #usable()} says whether the agent may run.
 */
public final class AgentConfig {

    private final Map<Option<?>, Object> values;
    private final List<ConfigProblem> problems;

    AgentConfig(Map<Option<?>, Object> values, List<ConfigProblem> problems) {
        this.values = Collections.unmodifiableMap(new HashMap<>(values));
        this.problems = Collections.unmodifiableList(problems);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Option<T> option) {
        return values.containsKey(option) ? (T) values.get(option) : option.defaultValue();
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    /** False when an option was invalid: the agent then stays out of the way (see README). */
    public boolean usable() {
        return problems.isEmpty();
    }
}
