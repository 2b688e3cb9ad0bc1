package dev.reuseagent.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The clients the hot-path benchmark measures. The JDK clients need nothing; each library version comes from its
 * own client-libs/&lt;dir&gt;/target/lib (as in the it-tests), put on the forked JVMs' class path for its run only,
 * so two versions of one library never meet.
 */
enum BenchClient {
    URLCONNECTION("urlconnection", "HttpURLConnection", null, "UrlConnectionGetter"),
    JDKHTTP("jdkhttp", "java.net.http.HttpClient (HTTP/1.1)", null, "JdkHttpGetter"),
    OKHTTP4("okhttp4", "OkHttp 4.12", "okhttp4", "OkHttpGetter"),
    OKHTTP5("okhttp5", "OkHttp 5.3", "okhttp5", "OkHttpGetter"),
    APACHE4("apache4", "Apache HttpClient 4.5", "apache4", "Apache4Getter"),
    APACHE5("apache5", "Apache HttpClient 5.5 (classic)", "apache5", "Apache5Getter");

    /** The name on the command line ({@code -Dbench.clients}) and in the result JSON. */
    final String id;
    final String description;
    private final String libDir;
    /** The {@code Getter} implementation, passed to the benchmark as a JMH parameter. */
    final String getterClass;

    BenchClient(String id, String description, String libDir, String getterSimpleName) {
        this.id = id;
        this.description = description;
        this.libDir = libDir;
        this.getterClass = "dev.reuseagent.bench.clients." + getterSimpleName;
    }

    /** The library's jars, or an empty list for the JDK's own clients. */
    List<Path> jars(Path repositoryRoot) {
        if (libDir == null) {
            return List.of();
        }
        Path lib = repositoryRoot.resolve(Path.of("client-libs", libDir, "target", "lib"));
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException(lib + " not found: build it first (mvn -B -q package -DskipTests)");
        }
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fork JVM arguments a client needs for a pool of {@code poolSize} connections (0: none). Only the JDK's
     * keep-alive cache is configured by a system property, read once per JVM, so it must be on the command line.
     */
    List<String> forkJvmArgs(int poolSize) {
        return this == URLCONNECTION && poolSize > 0 ? List.of("-Dhttp.maxConnections=" + poolSize) : List.of();
    }

    /** {@code -Dbench.clients=okhttp5,apache5} (default: all), in the order given. */
    static List<BenchClient> parse(String setting) {
        if (setting == null || setting.isBlank() || setting.equals("all")) {
            return Arrays.asList(values());
        }
        List<BenchClient> chosen = new ArrayList<>();
        for (String name : setting.split(",")) {
            String id = name.trim().toLowerCase(Locale.ROOT);
            chosen.add(Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("bench.clients: unknown client '" + id
                            + "'; accepted: all, " + Arrays.stream(values()).map(c -> c.id)
                            .collect(Collectors.joining(", ")))));
        }
        return chosen;
    }
}
