package dev.reuseagent.config;

import java.util.Objects;

/**
 * One configuration option: its key, how its text is turned into a value, its default and what it means.
 * Every option of the agent is declared once, in {@link Options}; parsing, validation and {@code help} all
 * read that single declaration.
 *
 * @param <T> the typed value
 */
public final class Option<T> {

    /** Turns the text of an option into its value, or says what would have been accepted. */
    public interface Parser<T> {
        /** @throws IllegalArgumentException whose message says what is accepted */
        T parse(String text);
    }

    private final String key;
    private final Parser<T> parser;
    private final T defaultValue;
    private final String defaultText;
    private final String accepted;
    private final String description;

    Option(String key, Parser<T> parser, T defaultValue, String defaultText, String accepted, String description) {
        this.key = Objects.requireNonNull(key);
        this.parser = Objects.requireNonNull(parser);
        this.defaultValue = defaultValue;
        this.defaultText = defaultText;
        this.accepted = accepted;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The default as a user would write it ("none" where there is no default). */
    public String defaultText() {
        return defaultText;
    }

    /** What values are accepted, in words, for error messages and help. */
    public String accepted() {
        return accepted;
    }

    public String description() {
        return description;
    }

    /** The environment variable that sets this option: camelCase becomes REUSE_AGENT_UPPER_SNAKE. */
    public String environmentName() {
        StringBuilder name = new StringBuilder("REUSE_AGENT_");
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_');
            }
            name.append(Character.toUpperCase(c));
        }
        return name.toString();
    }

    /** The system property that sets this option. */
    public String systemPropertyName() {
        return "reuse.agent." + key;
    }

    T parse(String text) {
        return parser.parse(text.trim());
    }
}
