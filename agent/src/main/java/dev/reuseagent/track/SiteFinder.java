package dev.reuseagent.track;

import dev.reuseagent.util.Relocations;
import dev.reuseagent.util.SafeText;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds the application line behind a new connection: the first stack frame that is not JDK, agent, HTTP client
 * library or HTTP wrapper framework code ({@link WrapperFrameworks}: Spring's web clients, Feign, Retrofit, ...,
 * and the JDK proxies of their interfaces). Only called for new connections, never on the reused path.
 *
 * <p>Products often ship a client relocated into their own package ({@code com.acme.shaded.org.apache.http.}):
 * a frame whose class name holds a library package after such a prefix is library code too. Relocations that drop
 * the library's package altogether ({@code com.acme.http.}) are skipped once the agent recognised the copy by the
 * shape of its classes ({@code util.Relocations}; Maven's wagon); the {@code siteExclude} option names others.
 */
public final class SiteFinder {

    /**
     * Skipped where a class name starts with them: the JDK and the agent itself (package by package: the agent's
     * own sample applications live under {@code dev.reuseagent.samples}).
     */
    static final List<String> PLATFORM_PREFIXES = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.",
            "dev.reuseagent.client.", "dev.reuseagent.transport.", "dev.reuseagent.track.",
            "dev.reuseagent.weave.", "dev.reuseagent.report.", "dev.reuseagent.enforce.", "dev.reuseagent.shaded.");

    /**
     * Language runtimes that run between a caller and a client (Kotlin coroutines): skipped where a class name
     * starts with them, and where they follow a relocation prefix, like the clients' own library packages.
     */
    static final List<String> RUNTIME_PACKAGES = List.of("kotlin.coroutines.", "kotlinx.coroutines.");

    /**
     * Skipped only where a class name starts with them: after a relocation prefix they are too likely to be an
     * application's own package ({@code com.acme.kotlin.Export}). Kotlin's standard library adds no frames of
     * its own between a caller and a client beyond the coroutine machinery listed above (its helpers are inline).
     */
    static final List<String> LIBRARY_ONLY_AS_PREFIX = List.of("kotlin.");

    private static final StackWalker WALKER = StackWalker.getInstance();

    private final String[] prefixes;
    /** The library packages with a leading dot: "found after a relocation prefix" is one indexOf each. */
    private final String[] relocatedMarkers;
    private final boolean enabled;

    /**
     * @param libraryPackages the HTTP client libraries' packages and what runs between their entry point and the
     *                        connect: skipped where a class name starts with them, and where they follow a
     *                        relocation prefix ({@code com.acme.shaded.okhttp3.})
     * @param extraExcludes   further prefixes the user named ({@code siteExclude})
     */
    public SiteFinder(boolean enabled, List<String> libraryPackages, List<String> extraExcludes) {
        List<String> libraries = new ArrayList<>(libraryPackages);
        libraries.addAll(RUNTIME_PACKAGES);
        libraries.addAll(WrapperFrameworks.RELOCATABLE_PACKAGES);
        List<String> all = new ArrayList<>(PLATFORM_PREFIXES);
        all.addAll(libraries);
        all.addAll(LIBRARY_ONLY_AS_PREFIX);
        all.addAll(WrapperFrameworks.PACKAGES);
        all.addAll(extraExcludes);
        this.prefixes = all.toArray(new String[0]);
        this.relocatedMarkers = new String[libraries.size()];
        for (int i = 0; i < relocatedMarkers.length; i++) {
            relocatedMarkers[i] = "." + libraries.get(i);
        }
        this.enabled = enabled;
    }

    /** The site as {@code com.acme.Export.fetch(Export.java:42)}, or null when disabled or none found. */
    public String find() {
        if (!enabled) {
            return null;
        }
        return WALKER.walk(new FirstApplicationFrame());
    }

    /** A class, not a lambda: the agent's code is lambda-free (a JVM's first lambda costs a cold start dearly). */
    private final class FirstApplicationFrame implements Function<Stream<StackWalker.StackFrame>, String> {
        @Override
        public String apply(Stream<StackWalker.StackFrame> frames) {
            Iterator<StackWalker.StackFrame> it = frames.iterator();
            while (it.hasNext()) {
                StackWalker.StackFrame f = it.next();
                if (!excluded(f.getClassName())) {
                    return format(f);
                }
            }
            return null;
        }
    }

    /** Plain prefix and substring tests, no pattern matching: this runs for every frame of a new connection. */
    boolean excluded(String className) {
        for (String prefix : prefixes) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        for (String marker : relocatedMarkers) {
            if (className.contains(marker)) {
                return true;
            }
        }
        // A relocated copy the agent recognised, also where the library's package was renamed away (Maven's wagon).
        return Relocations.isRelocated(className) || WrapperFrameworks.isJdkProxy(className);
    }

    static String format(StackWalker.StackFrame f) {
        String file = f.getFileName();
        int line = f.getLineNumber();
        String location = file == null ? "Unknown Source" : line >= 0 ? file + ":" + line : file;
        return SafeText.text(f.getClassName() + "." + f.getMethodName() + "(" + location + ")");
    }
}
