package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The proof for relocated copies: Maven 3.8's own downloads. Debian's Maven 3.8.7 ships Apache HttpClient 4.5
 * relocated to {@code org.apache.maven.wagon.providers.http.httpclient} (wagon-http-shaded). A real {@code mvn}
 * with the agent in MAVEN_OPTS builds a tiny project whose parent POM and imported BOM it must download, from a
 * repository this test serves over HTTP on loopback (a settings.xml mirror of everything, an empty local
 * repository, not offline: nothing can reach the internet). The agent must report those downloads as
 * {@code apache4}, relocated, with the server's counts and a site in Maven's wagon, not in the relocated client.
 */
class MavenWagonTest {

    private static final Path MAVEN = Paths.get("/usr/bin/mvn");
    private static final Path WAGON = Paths.get("/usr/share/java/wagon-http-shaded.jar");
    private static final Path FILES = Paths.get("src/test/resources/wagon-project");
    private static final String RELOCATED = "org.apache.maven.wagon.providers.http.httpclient.";

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void mavensDownloadsAreApache4RelocatedWithTheSiteInTheWagon(Jdk jdk) throws Exception {
        jdk.assumePresent();
        assumeTrue(Files.isExecutable(MAVEN) && Files.isRegularFile(WAGON),
                "skipped: no Debian Maven 3.8 with wagon-http-shaded at " + MAVEN);
        try (TruthServer server = TruthServer.http(MavenWagonTest::file)) {
            Path dir = ChildJvm.WORK.resolve("maven-wagon-" + jdk.name).toAbsolutePath();
            deleteTree(dir);
            Files.createDirectories(dir);
            Path summaryFile = dir.resolve("summary.json");
            Path settings = dir.resolve("settings.xml");
            Files.writeString(settings, "<settings><mirrors><mirror><id>loopback</id><mirrorOf>*</mirrorOf><url>"
                    + server.origin() + "/</url></mirror></mirrors></settings>\n");
            String output = mvn(jdk, dir, settings, "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath()
                    + "=summaryFile=" + summaryFile);
            TruthServer.Truth truth = server.truth();
            JsonNode summary = new ObjectMapper().readTree(summaryFile.toFile());
            String context = truth + "\nsummary: " + summary + "\nmvn:\n" + output;

            assertTrue(output.contains("BUILD SUCCESS"), context);
            // The parent POM and the BOM, each with its checksum: four requests the server answered.
            assertEquals(4, truth.requests, context);
            JsonNode origin = origin(summary, server.origin());
            assertEquals(truth.requests, origin.path("requests").asLong(), context);
            assertEquals(truth.requests, origin.path("clients").path("apache4").asLong(), context);
            assertEquals(truth.connections, origin.path("newConnections").asLong(), context);
            assertEquals(truth.requests, origin.path("newConnections").asLong()
                    + origin.path("reusedConnections").asLong(), context);
            JsonNode endpoint = Scenario.endpoint(summary, server.origin().replaceFirst("^http://", ""));
            assertEquals(truth.connections, endpoint.path("tcpConnects").asLong(), context);
            assertEquals(truth.connections, endpoint.path("attributed").asLong(), context);

            // The site is Maven's own code (the wagon), not a frame of the relocated client.
            for (JsonNode site : origin.path("sites")) {
                String text = site.path("site").asText();
                assertTrue(text.startsWith("org.apache.maven."), context);
                assertFalse(text.startsWith(RELOCATED), context);
            }
            assertTrue(origin.path("sites").path(0).path("site").asText()
                    .startsWith("org.apache.maven.wagon.providers.http.wagon.shared.AbstractHttpClientWagon."),
                    context);

            JsonNode agent = summary.path("agent");
            assertEquals(0, agent.path("adviceErrors").asLong(), context);
            assertEquals("apache4", agent.path("relocatedClients").path(0).path("client").asText(), context);
            assertEquals(RELOCATED, agent.path("relocatedClients").path(0).path("packages")
                    .path("org.apache.http.").asText(), context);
            assertTrue(output.contains("apache4 recognised relocated to " + RELOCATED + " (from org.apache.http.) in "
                    + "class loader org.codehaus.plexus.classworlds.realm.ClassRealm@"), context);
            assertTrue(output.contains("via apache4 reason=first-use"), context);
            assertFalse(output.contains("stands down"), context);
        }
    }

    /** The repository: the files under wagon-project/repo, 404 for anything else. */
    private static MockResponse file(RecordedRequest request) {
        String path = request.getTarget();
        Path file = FILES.resolve("repo").resolve(path.substring(1)).normalize();
        try {
            if (!path.contains("..") && file.startsWith(FILES.resolve("repo")) && Files.isRegularFile(file)) {
                return new MockResponse.Builder().body(Files.readString(file)).build();
            }
        } catch (IOException e) {
            return new MockResponse.Builder().code(500).build();
        }
        return new MockResponse.Builder().code(404).build();
    }

    /** {@code mvn validate} of the project by the JDK under test, with an empty local repository. */
    private static String mvn(Jdk jdk, Path dir, Path settings, String mavenOpts) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(MAVEN.toString(), "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + dir.resolve("m2"), "-f",
                FILES.resolve("project/pom.xml").toAbsolutePath().toString(), "validate"))
                .directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", jdk.java().toAbsolutePath().getParent().getParent().toString());
        builder.environment().put("MAVEN_OPTS", mavenOpts);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "mvn did not finish");
        return output;
    }

    private static JsonNode origin(JsonNode summary, String origin) {
        for (JsonNode o : summary.path("origins")) {
            if (o.path("origin").asText().equals(origin)) {
                return o;
            }
        }
        throw new AssertionError("no origin " + origin + " in " + summary);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }
}
