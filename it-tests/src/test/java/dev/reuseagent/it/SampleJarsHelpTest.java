package dev.reuseagent.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar sample-apps.jar help} and {@code java -jar sample-apps-demo.jar help}, as the README shows them,
 * in a plain JVM: the usage text and exit 0, also when no client library is on the class path (sample-apps.jar
 * has none; it once failed with NoClassDefFoundError: okhttp3/Callback).
 */
class SampleJarsHelpTest {

    private static String help(Jdk jdk, Path jar) throws Exception {
        Process process = new ProcessBuilder(jdk.java().toString(), "-jar", jar.toString(), "help")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.startsWith("usage:"), output);
        assertTrue(output.contains("urlconnection patterns:") && output.contains("apache4 patterns:"), output);
        assertFalse(output.contains("Exception") || output.contains("Error"), output);
        return output;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sampleAppsJarHelpNeedsNoClientLibrary(Jdk jdk) throws Exception {
        jdk.assumePresent();
        String output = help(jdk, ChildJvm.SAMPLE_APPS_JAR);
        assertTrue(output.contains("(the okhttp library is not on the class path: java -jar sample-apps-demo.jar help"
                + " lists them)"), output);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void demoJarHelpListsEveryClientsPatterns(Jdk jdk) throws Exception {
        jdk.assumePresent();
        String output = help(jdk, ChildJvm.SAMPLE_APPS_DEMO_JAR);
        assertTrue(output.contains("okhttp patterns:\n  shared "), output);
        assertTrue(output.contains("apache5 patterns:\n  shared "), output);
        assertTrue(output.contains("  odd-hosts "), output);
    }
}
