package dev.reuseagent;

import java.util.Properties;

/**
 * How {@code attach} learns what happened in the JVM it attached to, both sides of it in one place. The JVM's
 * attach mechanism returns no more than "agentmain returned", and the agent's own lines go to that JVM's stderr.
 * So the CLI puts a token of its own in front of the options ({@code @outcome=<token>,key=value,...}); agentmain
 * takes it off again before the options are read, and when the install is over sets the system property
 * {@value #PROPERTY} of that JVM to {@code <token> <KIND> <message>}, which the CLI reads back over the same attach
 * connection ({@code VirtualMachine#getSystemProperties}). A property rather than a file: it needs no path both
 * processes can see (the target may run in a container). It is one property, overwritten by every attach (the
 * token tells the CLI whether the value is its own), so nothing piles up in the application's properties, and it
 * holds only the agent's own lines: option names and the values the user gave, nothing from the network.
 */
public final class AttachOutcome {

    /** Not under {@code reuse.agent.}: that prefix is read as options, where this would be an unknown key. */
    public static final String PROPERTY = "reuseagent.attach.outcome";
    private static final String TOKEN = "@outcome=";
    private static final String COMMAND = "@command=";

    private AttachOutcome() {
    }

    /** The agent arguments the CLI passes: its token, then the user's options. */
    public static String arguments(String token, String options) {
        return options.isEmpty() ? TOKEN + token : TOKEN + token + "," + options;
    }

    /** The CLI's token at the start of these agent arguments, or null when there is none. */
    static String token(String arguments) {
        if (arguments == null || !arguments.startsWith(TOKEN)) {
            return null;
        }
        int end = arguments.indexOf(',');
        return arguments.substring(TOKEN.length(), end < 0 ? arguments.length() : end);
    }

    /**
     * The command the CLI asked for after its token ({@code @outcome=<token>,@command=dump}): {@code dump},
     * {@code dump-json}, {@code detach} or {@code forget}; null for an attach, which passes options instead.
     */
    static String command(String arguments) {
        String rest = afterToken(arguments);
        return rest != null && rest.startsWith(COMMAND) ? rest.substring(COMMAND.length()) : null;
    }

    /** The arguments the CLI passes for a command instead of options. */
    public static String commandArguments(String token, String command) {
        return TOKEN + token + "," + COMMAND + command;
    }

    /** The agent arguments without the CLI's token: the options as the user wrote them. */
    static String options(String arguments) {
        String rest = afterToken(arguments);
        return rest == null ? arguments : rest;
    }

    private static String afterToken(String arguments) {
        if (token(arguments) == null) {
            return null;
        }
        int end = arguments.indexOf(',');
        return end < 0 ? "" : arguments.substring(end + 1);
    }

    /** Leaves the outcome where the CLI that passed {@code token} will read it; nothing without a token. */
    static void publish(String token, StartOutcome outcome) {
        if (token != null) {
            System.setProperty(PROPERTY, token + " " + outcome.kind().name() + " " + outcome.message());
        }
    }

    /** The outcome the attach with {@code token} left in these system properties of the target, or null. */
    public static StartOutcome read(Properties targetProperties, String token) {
        String value = targetProperties.getProperty(PROPERTY);
        if (value == null || !value.startsWith(token + " ")) {
            return null;
        }
        String rest = value.substring(token.length() + 1);
        int space = rest.indexOf(' ');
        String kind = space < 0 ? rest : rest.substring(0, space);
        for (StartOutcome.Kind k : StartOutcome.Kind.values()) {
            if (k.name().equals(kind)) {
                return new StartOutcome(k, space < 0 ? "" : rest.substring(space + 1));
            }
        }
        return null;
    }
}
