package dev.reuseagent.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The value types options are made of. Each parser's exception message says what is accepted. */
final class Parsers {

    private Parsers() {
    }

    static <E extends Enum<E>> Option.Parser<E> enumeration(Class<E> type) {
        return text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(acceptedNames(type));
        };
    }

    static <E extends Enum<E>> String acceptedNames(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    static Option.Parser<Boolean> bool() {
        return text -> {
            switch (text.toLowerCase(Locale.ROOT)) {
                case "true": case "on": case "yes": return Boolean.TRUE;
                case "false": case "off": case "no": return Boolean.FALSE;
                default: throw new IllegalArgumentException("true or false (also on/off, yes/no)");
            }
        };
    }

    static Option.Parser<Integer> positiveInt() {
        return text -> {
            try {
                int value = Integer.parseInt(text);
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the message below
            }
            throw new IllegalArgumentException("a whole number greater than 0");
        };
    }

    static Option.Parser<Integer> nonNegativeInt() {
        return text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the message below
            }
            throw new IllegalArgumentException("a whole number, 0 or more");
        };
    }

    /** Durations as people write them: 500ms, 30s, 5m, 1h. */
    static Option.Parser<Duration> duration() {
        return text -> {
            String t = text.toLowerCase(Locale.ROOT);
            try {
                Duration d;
                if (t.endsWith("ms")) {
                    d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
                } else if (t.endsWith("s")) {
                    d = Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
                } else if (t.endsWith("m")) {
                    d = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
                } else if (t.endsWith("h")) {
                    d = Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
                } else {
                    d = null;
                }
                if (d != null && d.toMillis() >= 100) {
                    return d;
                }
            } catch (NumberFormatException | ArithmeticException ignored) {
                // fall through to the message below
            }
            throw new IllegalArgumentException("a duration of at least 100ms such as 500ms, 30s, 5m or 1h");
        };
    }

    /**
     * A file the agent will write. Checked now, so that a typo is reported at start rather than lost at exit:
     * the parent directory must exist and be writable, and the path must not be a directory.
     */
    static Option.Parser<Path> writableFile() {
        return text -> {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a path to a writable file");
            }
            Path path = Paths.get(text).toAbsolutePath();
            Path parent = path.getParent();
            if (Files.isDirectory(path)
                    || (Files.exists(path) && !Files.isWritable(path))
                    || parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
                throw new IllegalArgumentException("a path to a writable file in an existing, writable directory");
            }
            return path;
        };
    }

    static Option.Parser<Path> readableFile() {
        return text -> {
            Path path = Paths.get(text).toAbsolutePath();
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new IllegalArgumentException("a path to a readable properties file");
            }
            return path;
        };
    }

    /** Values joined by '+', since ',' already separates the agent's arguments. */
    static Option.Parser<List<String>> plusList(String accepted) {
        return text -> {
            List<String> parts = new ArrayList<>();
            for (String part : text.split("\\+")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    throw new IllegalArgumentException(accepted);
                }
                parts.add(p);
            }
            return Collections.unmodifiableList(parts);
        };
    }

    /** A set of names from a fixed vocabulary joined by '+', with "all" and "off" as shorthands. */
    /** The word that stands for every name in a {@link #nameSet()}. */
    public static final String ALL = "all";

    /**
     * off, all, or lower-case names joined by '+'. Which names exist is for the caller to check: the set holds
     * {@link #ALL} alone for "all".
     */
    static Option.Parser<Set<String>> nameSet() {
        String accepted = "off, all, or names joined by '+'";
        return text -> {
            String t = text.toLowerCase(Locale.ROOT);
            if (t.equals("off") || t.equals("none")) {
                return Collections.emptySet();
            }
            Set<String> chosen = new LinkedHashSet<>();
            for (String part : t.split("\\+")) {
                String name = part.trim();
                if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
                    throw new IllegalArgumentException(accepted);
                }
                chosen.add(name);
            }
            return chosen.contains(ALL) ? Set.of(ALL) : Collections.unmodifiableSet(chosen);
        };
    }

    /** off, all (every one of {@code names}), or some of {@code names} joined by '+'. */
    static Option.Parser<Set<String>> nameSet(List<String> names) {
        String accepted = "off, all, or any of " + String.join(", ", names) + " joined by '+'";
        return text -> {
            Set<String> chosen = nameSet().parse(text);
            if (chosen.contains(ALL)) {
                return Collections.unmodifiableSet(new LinkedHashSet<>(names));
            }
            if (!names.containsAll(chosen)) {
                throw new IllegalArgumentException(accepted);
            }
            return chosen;
        };
    }

    static List<String> list(String... values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }
}
