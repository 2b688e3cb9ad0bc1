package dev.reuseagent.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The value types options are made of. Each parser's exception message says what is accepted.
 *
 * <p>Parsers are small classes, not lambdas: they are created in every JVM the agent starts in, and a JVM's
 * first lambda bootstraps the invokedynamic machinery, which costs a cold start tens of milliseconds.
 */
final class Parsers {

    /** The word that stands for every name in a {@link #nameSet()}. */
    static final String ALL = "all";

    private Parsers() {
    }

    static <E extends Enum<E>> Option.Parser<E> enumeration(Class<E> type) {
        return new EnumParser<>(type);
    }

    static <E extends Enum<E>> String acceptedNames(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    static Option.Parser<Boolean> bool() {
        return new BooleanParser();
    }

    static Option.Parser<Integer> positiveInt() {
        return new IntParser(1, "a whole number greater than 0");
    }

    static Option.Parser<Integer> nonNegativeInt() {
        return new IntParser(0, "a whole number, 0 or more");
    }

    /** Durations as people write them: 500ms, 30s, 5m, 1h. */
    static Option.Parser<Duration> duration() {
        return new DurationParser();
    }

    /**
     * A file the agent will write. Checked now, so that a typo is reported at start rather than lost at exit:
     * the parent directory must exist and be writable, and the path must not be a directory.
     */
    static Option.Parser<Path> writableFile() {
        return new WritableFileParser();
    }

    static Option.Parser<Path> readableFile() {
        return new ReadableFileParser();
    }

    /** Values joined by '+', since ',' already separates the agent's arguments. */
    static Option.Parser<List<String>> plusList(String accepted) {
        return new PlusListParser(accepted);
    }

    /**
     * off, all, or lower-case names joined by '+'. Which names exist is for the caller to check: the set holds
     * {@link #ALL} alone for "all".
     */
    static Option.Parser<Set<String>> nameSet() {
        return new NameSetParser(null);
    }

    /** off, all (every one of {@code names}), or some of {@code names} joined by '+'. */
    static Option.Parser<Set<String>> nameSet(List<String> names) {
        return new NameSetParser(names);
    }

    private static final class EnumParser<E extends Enum<E>> implements Option.Parser<E> {
        private final Class<E> type;

        EnumParser(Class<E> type) {
            this.type = type;
        }

        @Override
        public E parse(String text) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(acceptedNames(type));
        }
    }

    private static final class BooleanParser implements Option.Parser<Boolean> {
        @Override
        public Boolean parse(String text) {
            switch (text.toLowerCase(Locale.ROOT)) {
                case "true": case "on": case "yes": return Boolean.TRUE;
                case "false": case "off": case "no": return Boolean.FALSE;
                default: throw new IllegalArgumentException("true or false (also on/off, yes/no)");
            }
        }
    }

    private static final class IntParser implements Option.Parser<Integer> {
        private final int min;
        private final String accepted;

        IntParser(int min, String accepted) {
            this.min = min;
            this.accepted = accepted;
        }

        @Override
        public Integer parse(String text) {
            try {
                // Integer.parseInt also reads other scripts' digits (maxOrigins=١٠٠): only ASCII ones are taken
                int value = asciiDigits(text) ? Integer.parseInt(text) : -1;
                if (value >= min) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the message below
            }
            throw new IllegalArgumentException(accepted);
        }
    }

    /** An optional minus sign, then ASCII digits only. */
    static boolean asciiDigits(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() <= start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static final class DurationParser implements Option.Parser<Duration> {
        @Override
        public Duration parse(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            try {
                Duration d;
                int digits = t.length();
                while (digits > 0 && t.charAt(digits - 1) >= 'a' && t.charAt(digits - 1) <= 'z') {
                    digits--;
                }
                if (!asciiDigits(t.substring(0, digits))) {
                    throw new NumberFormatException(); // Long.parseLong also reads other scripts' digits
                }
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
        }
    }

    /**
     * {@code %p} becomes the pid, so that every JVM of a host started with one option writes its own file. The
     * pid is looked up only when asked for: ProcessHandle's first use costs a cold JVM milliseconds.
     */
    static String withPid(String path) {
        return path.contains("%p") ? path.replace("%p", Long.toString(ProcessHandle.current().pid())) : path;
    }

    private static final class ReadableFileParser implements Option.Parser<Path> {
        @Override
        public Path parse(String text) {
            Path path = Paths.get(text).toAbsolutePath();
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new IllegalArgumentException("a path to a readable properties file");
            }
            return path;
        }
    }

    private static final class PlusListParser implements Option.Parser<List<String>> {
        private final String accepted;

        PlusListParser(String accepted) {
            this.accepted = accepted;
        }

        @Override
        public List<String> parse(String text) {
            List<String> parts = new ArrayList<>();
            for (String part : text.split("\\+", -1)) { // -1: "+" and "a+" have empty parts, which are errors
                String p = part.trim();
                if (p.isEmpty()) {
                    throw new IllegalArgumentException(accepted);
                }
                parts.add(p);
            }
            return Collections.unmodifiableList(parts);
        }
    }
}
