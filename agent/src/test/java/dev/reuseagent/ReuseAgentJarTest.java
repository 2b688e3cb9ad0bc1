package dev.reuseagent;

import dev.reuseagent.config.Option;
import dev.reuseagent.config.Options;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the packaged, shaded agent jar. Runs after `package` (see agent/pom.xml), which passes the jar's path as
 * the system property reuse.agent.jar.
 */
class ReuseAgentJarTest {

    private static final String AGENT_CLASS = "dev.reuseagent.ReuseAgent";

    private static Path jar;

    @BeforeAll
    static void findJar() {
        String property = System.getProperty("reuse.agent.jar");
        assumeTrue(property != null && !property.isBlank(),
                "system property reuse.agent.jar is not set: this test runs in `mvn -pl agent package` against "
                        + "the shaded jar (skipped when run from an IDE or by the plain test phase)");
        jar = Paths.get(property);
        assertTrue(Files.isRegularFile(jar), "reuse.agent.jar points to no file: " + jar);
    }

    @Test
    void manifestNamesTheAgentEntryPoints() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            assertNotNull(manifest, "the jar has no manifest");
            Attributes main = manifest.getMainAttributes();
            assertEquals(AGENT_CLASS, main.getValue("Premain-Class"));
            assertEquals(AGENT_CLASS, main.getValue("Agent-Class"));
            assertEquals(AGENT_CLASS, main.getValue("Main-Class"));
            assertEquals("true", main.getValue("Can-Retransform-Classes"));
            assertEquals("true", main.getValue("Can-Redefine-Classes"));
            // The jar's own name: on the boot class path before premain, so no class data sharing warning.
            assertEquals(jar.getFileName().toString(), main.getValue("Boot-Class-Path"));
        }
    }

    @Test
    void entryPointClassIsInTheJar() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertNotNull(file.getEntry("dev/reuseagent/ReuseAgent.class"));
            assertNotNull(file.getEntry("dev/reuseagent/AgentStarter.class"));
        }
    }

    @Test
    void everyClassIsRelocatedUnderTheAgentPackage() throws IOException {
        List<String> outside = new ArrayList<>();
        int classes = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class")) {
                    classes++;
                    if (!name.startsWith("dev/reuseagent/")) {
                        outside.add(name);
                    }
                }
            }
        }
        assertTrue(classes > 100, "expected the shaded dependencies in the jar, found " + classes + " classes");
        assertTrue(outside.isEmpty(), () -> outside.size() + " classes outside dev/reuseagent/, e.g. "
                + outside.subList(0, Math.min(10, outside.size())));
    }

    @Test
    void noUnrelocatedDependencyPackagesOrMultiReleaseClasses() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                assertTrue(!name.startsWith("org/objectweb/") && !name.startsWith("net/bytebuddy/")
                        && !name.endsWith("module-info.class")
                        && !(name.startsWith("META-INF/versions/") && name.endsWith(".class")), name);
            }
        }
    }

    @Test
    void dependenciesAreShadedUnderTheAgentPackage() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertNotNull(file.getEntry("dev/reuseagent/shaded/asm/ClassReader.class"));
        }
    }

    @Test
    void noServiceFileThatTheApplicationCouldPickUp() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                assertTrue(!entry.getName().startsWith("META-INF/services/"),
                        "the agent jar is on the boot and system class paths: a service file there would offer an "
                                + "agent class to the application's service lookups: " + entry.getName());
            }
        }
    }

    @Test
    void manifestCarriesTheVersion() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String version = file.getManifest().getMainAttributes().getValue("Implementation-Version");
            assertNotNull(version, "the agent reads its version from the manifest");
            assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
        }
    }

    @Test
    void helpCommandPrintsEveryOptionAndExitsZero() throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "help")
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "java -jar help did not finish");
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        for (Option<?> option : Options.ALL) {
            assertTrue(text.matches("(?s).*(^|\\R)" + Pattern.quote(option.key()) + "\\s.*"),
                    () -> "help does not list " + option.key() + ":\n" + text);
        }
    }
}
