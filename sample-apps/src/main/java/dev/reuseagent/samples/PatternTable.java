package dev.reuseagent.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * The pattern names and help lines of a framework subcommand, as plain strings: {@code help} prints them without
 * loading the framework, which sample-apps.jar does not carry.
 */
public final class PatternTable {

    private final String command;
    private final List<String[]> rows = new ArrayList<>();

    public PatternTable(String command) {
        this.command = command;
    }

    /** Adds one pattern: its command-line name and what it does. */
    public PatternTable add(String name, String help) {
        rows.add(new String[] {name, help});
        return this;
    }

    /** One line per pattern, laid out like the clients' pattern lists. */
    public String help() {
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            lines.add(String.format("  %-28s%s", row[0], row[1]));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** The error for a name that is not in the table. */
    public UsageException unknown(String name) {
        List<String> names = new ArrayList<>();
        for (String[] row : rows) {
            names.add(row[0]);
        }
        return new UsageException("unknown " + command + " pattern '" + name + "'; expected one of "
                + String.join(", ", names));
    }
}
