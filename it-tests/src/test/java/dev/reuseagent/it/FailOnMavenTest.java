package dev.reuseagent.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The CI guard as a team would use it: a real {@code mvn test} of a tiny project whose Surefire argLine carries the
 * agent with {@code failOn=new-client}. Its one test passes, yet the build fails, naming the forked JVM's status.
 */
class FailOnMavenTest {

    private static final Path PROJECT = Paths.get("src/test/resources/failon-project");

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void aTestSuiteWithAPerRequestClientFailsTheBuild(Jdk jdk) throws Exception {
        jdk.assumePresent();
        Path mvn = maven();
        assumeTrue(mvn != null, "skipped: no mvn on the PATH");
        Path dir = copy(ChildJvm.WORK.resolve("failon-project-" + jdk.name));
        Path javaHome = jdk.java().toAbsolutePath().getParent().getParent();
        Run without = mvn(mvn, javaHome, dir, "");
        assertEquals(0, without.status, "the project's test passes without the agent:\n" + without.output);

        Run guarded = mvn(mvn, javaHome, dir, "-javaagent:" + ChildJvm.AGENT_JAR + "=failOn=new-client");
        assertNotEquals(0, guarded.status, guarded.output);
        assertTrue(guarded.output.contains("Tests run: 1, Failures: 0, Errors: 0"), guarded.output);
        // Surefire 3.5 stops reading the fork once its tests are done, so the summary printed at exit is not in
        // the build log: the line logged when the forbidden connection opened is, and the build fails.
        assertTrue(guarded.output.contains("BUILD FAILURE"), guarded.output);
        assertTrue(guarded.output.contains("Error occurred in starting fork, check output in log"), guarded.output);
        assertTrue(guarded.output.contains("failOn=new-client: new connection #2 to http://127.0.0.1:"),
                guarded.output);
        assertTrue(guarded.output.contains("reason=new-client at demo.ExportTest.exportsThreePages(ExportTest.java:30)"
                + " fails this run: the JVM will end with exit status " + FailOnTest.FAIL_ON_STATUS), guarded.output);
    }

    private static Path maven() {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Paths.get(entry, "mvn");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The outcome of one offline {@code mvn test}. */
    private static final class Run {
        final int status;
        final String output;

        Run(int status, String output) {
            this.status = status;
            this.output = output;
        }
    }

    /** An offline {@code mvn test} run by the JDK at {@code javaHome}, so its Surefire fork runs on that JDK too. */
    private static Run mvn(Path mvn, Path javaHome, Path dir, String argLine) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(mvn.toString(), "-B", "-o", "test",
                "-DagentArgLine=" + argLine)).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "mvn test did not finish");
        return new Run(process.exitValue(), output);
    }

    private static Path copy(Path target) throws IOException {
        if (Files.exists(target)) {
            try (var walk = Files.walk(target)) {
                for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        Files.walkFileTree(PROJECT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
                Files.createDirectories(target.resolve(PROJECT.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.copy(f, target.resolve(PROJECT.relativize(f).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
        return target;
    }
}
