package dev.reuseagent.config;

import dev.reuseagent.util.SafeText;

/** One option that could not be used: which key, which value, from where, and what would have been accepted. */
public final class ConfigProblem {

    private final String key;
    private final String value;
    private final String source;
    private final String accepted;

    ConfigProblem(String key, String value, String source, String accepted) {
        this.key = key;
        this.value = value;
        this.source = source;
        this.accepted = accepted;
    }

    public String key() {
        return key;
    }

    /** One line for the user; the value is escaped because it may hold anything. */
    public String message() {
        return "invalid option " + SafeText.text(key) + "=" + SafeText.text(value) + " (from " + source + "): accepted "
                + accepted;
    }

    @Override
    public String toString() {
        return message();
    }
}
