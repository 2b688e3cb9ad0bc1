package dev.reuseagent.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things are: the agent jar, this module's target directory (results go there), and the class path a
 * client's forks get. The benchmark is started from the repository root or from benchmarks/, so every lookup tries
 * the working directory first and then the location of this jar.
 */
final class BenchPaths {

    private BenchPaths() {
    }

    /**
     * The agent jar: {@code -Dreuse.agent.jar}, else the first argument, else {@code ../agent/target/reuse-agent.jar}
     * or {@code agent/target/reuse-agent.jar} from the working directory, else next to this jar's module. Null, with
     * the paths tried and how to build it printed, when none exists.
     */
    static Path resolveAgentJar(String[] args) {
        List<Path> candidates = new ArrayList<>();
        String explicit = System.getProperty("reuse.agent.jar");
        if (explicit == null && args.length > 0 && !args[0].isBlank()) {
            explicit = args[0];
        }
        if (explicit != null) {
            candidates.add(Path.of(explicit));
        } else {
            candidates.add(Path.of("..", "agent", "target", "reuse-agent.jar"));
            candidates.add(Path.of("agent", "target", "reuse-agent.jar"));
            Path moduleTarget = ownTargetDir();
            if (moduleTarget != null && moduleTarget.getParent() != null && moduleTarget.getParent().getParent() != null) {
                candidates.add(moduleTarget.getParent().getParent().resolve(Path.of("agent", "target",
                        "reuse-agent.jar")));
            }
        }
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        System.err.println("reuse-agent hot-path benchmark: agent jar not found. Tried:");
        for (Path p : candidates) {
            System.err.println("  " + p.toAbsolutePath().normalize());
        }
        System.err.println("Build it first (from the repository root): mvn -B -q -pl agent,benchmarks -am package "
                + "-DskipTests");
        System.err.println("or name it: java -Dreuse.agent.jar=/path/to/reuse-agent.jar -jar benchmarks.jar "
                + "(or as the first argument)");
        return null;
    }

    /**
     * The repository root (where client-libs/ is): from this jar's place in it, {@code <root>/benchmarks/target/},
     * else from the agent jar's, {@code <root>/agent/target/reuse-agent.jar} (the agent jar may be a copy elsewhere).
     */
    static Path repositoryRoot(Path agentJar) {
        Path target = ownTargetDir();
        Path fromThisJar = target == null || target.getParent() == null ? null : target.getParent().getParent();
        if (fromThisJar != null && Files.isDirectory(fromThisJar.resolve("client-libs"))) {
            return fromThisJar;
        }
        return agentJar.getParent().getParent().getParent();
    }

    /** target/ of this module: the directory of benchmarks.jar, or the parent of target/classes. */
    static Path ownTargetDir() {
        try {
            Path location = Path.of(BenchPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toAbsolutePath().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** A file in this module's target directory (benchmarks/target/name from the working directory if unknown). */
    static Path inTarget(String name) {
        Path target = ownTargetDir();
        return target != null ? target.resolve(name) : Path.of("benchmarks", "target", name);
    }

    /** {@code -Dbench.out}, else target/hot-path-result.json of this module. */
    static Path resolveOutput() {
        String explicit = System.getProperty("bench.out");
        return explicit != null ? Path.of(explicit) : inTarget("hot-path-result.json");
    }

    /**
     * This JVM's class path plus the client's library jars. JMH gives its forks this JVM's java.class.path, so the
     * runner sets it to this for the client's runs only, and two versions of one library never meet.
     */
    static String forkClasspath(String baseClasspath, BenchClient client, Path repositoryRoot) {
        StringBuilder classpath = new StringBuilder(baseClasspath);
        for (Path jar : client.jars(repositoryRoot)) {
            classpath.append(File.pathSeparator).append(jar);
        }
        return classpath.toString();
    }
}
