package dev.reuseagent.testapp.kotlin;

import dev.reuseagent.track.SiteFinder;

/** Application code in a package that happens to be called "kotlin": it is not a relocated Kotlin library. */
public final class KotlinNamedApp {
    public static int lastLine;

    private KotlinNamedApp() {
    }

    public static String fetch(SiteFinder finder) {
        String site = finder.find(); lastLine = StackWalker.getInstance().walk(s -> s.findFirst()).get().getLineNumber();
        return site;
    }
}
