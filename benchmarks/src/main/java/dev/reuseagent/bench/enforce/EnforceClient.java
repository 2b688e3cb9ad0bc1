package dev.reuseagent.bench.enforce;

import dev.reuseagent.bench.startup.StartupClient;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The clients the enforcement benchmark runs: the sample-apps subcommand for each, and its library jars, found where
 * the other benchmarks find them (client-libs/&lt;dir&gt;/target/lib, through {@link StartupClient}). A sample JVM
 * gets sample-apps.jar and exactly one client version, as in the it-tests. HttpURLConnection is left out: it has no
 * client-per-request pattern (its enforcement is the bounded drain, a different job).
 */
public enum EnforceClient {
    OKHTTP5("okhttp", StartupClient.OKHTTP5, "default-client-per-request"),
    OKHTTP4("okhttp", StartupClient.OKHTTP4, "default-client-per-request"),
    APACHE5("apache5", StartupClient.APACHE5, "default-per-request"),
    APACHE4("apache4", StartupClient.APACHE4, "default-per-request"),
    JDKHTTP("jdkhttp", StartupClient.JDKHTTP, "per-request");

    public final String id;
    public final String description;
    /** The sample-apps subcommand. */
    public final String command;
    /**
     * The client-per-request pattern as users write it: the library's default client (default trust, which the
     * benchmark points at its certificate with {@code javax.net.ssl.trustStore}) built per request. The samples'
     * {@code client-per-request} builds each client with its own SSLContext or connection manager, which
     * enforcement rightly never merges.
     */
    public final String badPattern;
    private final StartupClient library;

    EnforceClient(String command, StartupClient library, String badPattern) {
        this.badPattern = badPattern;
        this.id = library.id;
        this.description = library.description;
        this.command = command;
        this.library = library;
    }

    /** sample-apps.jar, then this client's jars; fails with the build command if they are not built. */
    public String classpath(Path sampleAppsJar, Path repositoryRoot) {
        List<String> entries = new ArrayList<>();
        entries.add(sampleAppsJar.toString());
        library.jars(repositoryRoot).forEach(jar -> entries.add(jar.toString()));
        return String.join(File.pathSeparator, entries);
    }

    /** {@code -Dbench.clients=okhttp5,apache4}: a subset, in the order given; null or blank: all. */
    public static List<EnforceClient> parse(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of(values());
        }
        List<EnforceClient> picked = new ArrayList<>();
        for (String id : ids.split(",")) {
            String wanted = id.trim();
            picked.add(Arrays.stream(values()).filter(c -> c.id.equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown client '" + wanted + "'; expected "
                            + Arrays.stream(values()).map(c -> c.id).collect(Collectors.joining(", ")))));
        }
        return picked;
    }
}
