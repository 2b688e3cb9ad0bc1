package dev.reuseagent.config;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parser behind {@link Parsers#nameSet()} and {@link Parsers#nameSet(List)}: off (or none), all, or names
 * joined by '+', read in lower case. Given the names that exist, it accepts only those and reads "all" as every one
 * of them; without them it leaves that check to the caller and reads "all" as the set holding {@link Parsers#ALL}
 * alone.
 */
final class NameSetParser implements Option.Parser<Set<String>> {
    /** The names that exist, or null when the caller checks them. */
    private final List<String> names;

    NameSetParser(List<String> names) {
        this.names = names;
    }

    @Override
    public Set<String> parse(String text) {
        String accepted = names == null ? "off, all, or names joined by '+'"
                : "off, all, or any of " + String.join(", ", names) + " joined by '+'";
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("off") || t.equals("none")) {
            return Collections.emptySet();
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : t.split("\\+")) {
            String name = part.trim();
            if (!isName(name) || (names != null && !name.equals(Parsers.ALL) && !names.contains(name))) {
                throw new IllegalArgumentException(accepted);
            }
            chosen.add(name);
        }
        if (chosen.contains(Parsers.ALL)) {
            return names == null ? Set.of(Parsers.ALL) : Collections.unmodifiableSet(new LinkedHashSet<>(names));
        }
        return Collections.unmodifiableSet(chosen);
    }

    private static boolean isName(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }
}
