package dev.reuseagent.config;

/** For tests in other packages: a {@code failOn} value as the option would read it. */
public final class FailOnParsing {

    private FailOnParsing() {
    }

    public static FailOn parse(String text) {
        return new FailOn.ParserOf().parse(text);
    }
}
