package dev.reuseagent.bench.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The six clients of the start-up probes, with the same ids and the same library folders as the hot-path
 * benchmark: the JDK clients need nothing, each library version comes from client-libs/&lt;dir&gt;/target/lib
 * (filled by {@code mvn package}). The probe loads each library in its own class loader, so OkHttp 4 and 5
 * (and their Kotlin and Okio) never meet.
 */
public enum StartupClient {
    URLCONNECTION("urlconnection", "HttpURLConnection", null, "UrlConnectionFirstRequest"),
    JDKHTTP("jdkhttp", "java.net.http.HttpClient (HTTP/1.1)", null, "JdkHttpFirstRequest"),
    OKHTTP4("okhttp4", "OkHttp 4.12", "okhttp4", "OkHttpFirstRequest"),
    OKHTTP5("okhttp5", "OkHttp 5.3", "okhttp5", "OkHttpFirstRequest"),
    APACHE4("apache4", "Apache HttpClient 4.5", "apache4", "Apache4FirstRequest"),
    APACHE5("apache5", "Apache HttpClient 5.5 (classic)", "apache5", "Apache5FirstRequest");

    public final String id;
    public final String description;
    /** Folder under client-libs/, or null for the JDK's own clients. */
    final String libDir;
    /** A {@code Function<String, Integer> & AutoCloseable}: apply(url) builds the client, makes one request, reads the body. */
    final String firstRequestClass;

    StartupClient(String id, String description, String libDir, String firstRequestSimpleName) {
        this.id = id;
        this.description = description;
        this.libDir = libDir;
        this.firstRequestClass = StartupClient.class.getPackageName() + "." + firstRequestSimpleName;
    }

    /** The library's jars (empty for the JDK clients); fails with the build command if they are not there. */
    public List<Path> jars(Path repositoryRoot) {
        if (libDir == null) {
            return List.of();
        }
        Path lib = repositoryRoot.resolve(Path.of("client-libs", libDir, "target", "lib"));
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException(lib + " not found: build first, from the repository root: "
                    + "mvn -B -q package -DskipTests");
        }
        try (Stream<Path> files = Files.list(lib)) {
            List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
            if (jars.isEmpty()) {
                throw new IllegalStateException(lib + " holds no jar: build first (mvn -B -q package -DskipTests)");
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StartupClient byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown client '" + id + "'"));
    }
}
