package dev.reuseagent.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** A JDK the scenarios run their child JVMs on: the one running the tests (17), and Temurin 25 where installed. */
public final class Jdk {

    static final Path TEMURIN_25 = Paths.get("/usr/lib/jvm/temurin-25-jdk-amd64");

    final String name;
    final Path home;

    private Jdk(String name, Path home) {
        this.name = name;
        this.home = home;
    }

    /** Every JDK of the matrix; one that is absent is reported by {@link #assumePresent()}, not dropped. */
    public static List<Jdk> matrix() {
        Path override = System.getenv("REUSE_IT_JDK25") == null ? TEMURIN_25 : Paths.get(System.getenv("REUSE_IT_JDK25"));
        return List.of(new Jdk("jdk" + Runtime.version().feature(), Paths.get(System.getProperty("java.home"))),
                new Jdk("jdk25", override));
    }

    Path java() {
        return home.resolve("bin").resolve("java");
    }

    boolean present() {
        return Files.isExecutable(java());
    }

    void assumePresent() {
        org.junit.jupiter.api.Assumptions.assumeTrue(present(),
                () -> name + " is not installed at " + home + ": scenario skipped on it");
    }

    @Override
    public String toString() {
        return name;
    }
}
