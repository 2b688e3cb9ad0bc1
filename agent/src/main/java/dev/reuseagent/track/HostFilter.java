package dev.reuseagent.track;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The include/exclude host globs: '*' matches any run of characters, '?' one character, case-insensitive. */
public final class HostFilter {

    private final Pattern[] include;
    private final Pattern[] exclude;

    public HostFilter(List<String> includeGlobs, List<String> excludeGlobs) {
        this.include = compile(includeGlobs);
        this.exclude = compile(excludeGlobs);
    }

    public static HostFilter all() {
        return new HostFilter(List.of(), List.of());
    }

    public boolean accepts(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (Pattern p : exclude) {
            if (p.matcher(h).matches()) {
                return false;
            }
        }
        if (include.length == 0) {
            return true;
        }
        for (Pattern p : include) {
            if (p.matcher(h).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern[] compile(List<String> globs) {
        Pattern[] patterns = new Pattern[globs.size()];
        for (int i = 0; i < patterns.length; i++) {
            StringBuilder regex = new StringBuilder();
            for (char c : globs.get(i).toLowerCase(Locale.ROOT).toCharArray()) {
                if (c == '*') {
                    regex.append(".*");
                } else if (c == '?') {
                    regex.append('.');
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            patterns[i] = Pattern.compile(regex.toString());
        }
        return patterns;
    }
}
