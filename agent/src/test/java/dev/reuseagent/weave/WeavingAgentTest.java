package dev.reuseagent.weave;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The weaver as a real agent in a child JVM, with the weaver, ASM and the advice on the bootstrap class path as in
 * production, and the JVM's own verifier on for bootstrap classes: the woven JDK classes must pass it, stack map
 * frames included.
 */
class WeavingAgentTest {

    @TempDir
    static Path directory;

    @Test
    void aJvmThatMakesNoNetworkCallLoadsNothingOfAsmAndLittleOfTheWeaver() throws Exception {
        List<String> output = runChild("idle");

        List<String> loaded = output.stream().filter(line -> line.startsWith("loaded ")).map(line -> line.substring(
                "loaded ".length())).sorted().toList();
        assertTrue(loaded.stream().noneMatch(name -> name.startsWith("org.objectweb.asm.")), loaded.toString());
        assertTrue(loaded.stream().noneMatch(name -> name.equals("java.net.Socket")
                || name.equals("sun.nio.ch.SocketChannelImpl")), "the hooked classes were not loaded: " + loaded);
        List<String> weaver = loaded.stream().filter(name -> name.startsWith("dev.reuseagent.weave.")
                && !name.contains("fixture") && !name.contains("Child") && !name.contains("JdkHooks")).toList();
        assertEquals(List.of("dev.reuseagent.weave.AdviceCache", "dev.reuseagent.weave.Descriptors",
                "dev.reuseagent.weave.ErrorMethod", "dev.reuseagent.weave.Hook", "dev.reuseagent.weave.HookLookup",
                "dev.reuseagent.weave.MethodMatcher", "dev.reuseagent.weave.Methods",
                "dev.reuseagent.weave.Methods$Both", "dev.reuseagent.weave.Methods$Named",
                "dev.reuseagent.weave.Methods$Parameter", "dev.reuseagent.weave.Methods$ParameterCount",
                "dev.reuseagent.weave.Methods$Parameters", "dev.reuseagent.weave.WeaveListener",
                "dev.reuseagent.weave.Weaver"), weaver, "of the weaver only what the hooks are made of");
    }

    @Test
    void wovenJdkClassesPassTheJvmVerifierAndReportEveryConnection() throws Exception {
        List<String> output = runChild("connect");
        String all = String.join("\n", output);

        assertTrue(output.stream().noneMatch(line -> line.startsWith("failed ")), all);
        assertTrue(output.stream().noneMatch(line -> line.startsWith("advice error ")), all);
        assertTrue(output.contains("failures {}"), all);
        for (Hook hook : JdkHooks.all()) {
            assertTrue(output.contains("transformed " + hook.className() + " true"), all);
        }
        assertTrue(output.contains("rethrown java.net.ConnectException"), all);
        assertTrue(output.contains("url status 200") && output.contains("jdk status 200"), all);
        assertTrue(output.contains("retransformed 5"), all);

        List<String> calls = output.stream().filter(line -> line.startsWith("call ")).toList();
        String loopback = "(localhost)?/127\\.0\\.0\\.1:\\d+";
        String url = "http://127\\.0\\.0\\.1:\\d+";
        assertCall(calls, "connect, java.net.Socket, " + loopback + ", true, null", all);
        assertCall(calls, "connect, java.net.Socket, " + loopback + ", true, java.net.ConnectException: .*", all);
        assertCall(calls, "channel-connect, " + loopback + ", true, true, null", all);
        assertCall(calls, "channel-connect, " + loopback + ", true, false, null", all);
        assertCall(calls, "finish-connect, true, null", all);
        assertCall(calls, "connect, sun.nio.ch.SocketChannelImpl, " + loopback + ", true, null", all);
        assertCall(calls, "open-server-enter", all);
        assertCall(calls, "open-server, " + url + "/url, null", all);
        assertCall(calls, "exchange, " + url + "/url, true, null", all);
        assertCall(calls, "client-created, jdk.internal.net.http.HttpClientImpl, \\d+", all);
        assertCall(calls, "send, " + url + "/jdk GET", all);
        assertCall(calls, "handshake, true, javax.net.ssl.SSL.*", all);
        assertEquals(1, output.stream().filter(line -> line.startsWith("tls failed ")).count(), all);
    }

    /** Some recorded call matches {@code [values]}, a regular expression. */
    private static void assertCall(List<String> calls, String values, String output) {
        assertTrue(calls.stream().anyMatch(call -> call.matches("call \\[" + values + "]")), values + " in\n" + output);
    }

    private static List<String> runChild(String mode) throws IOException, InterruptedException,
            URISyntaxException {
        Path agentJar = directory.resolve("child-agent.jar");
        if (!Files.exists(agentJar)) {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().putValue("Premain-Class", ChildAgent.class.getName());
            manifest.getMainAttributes().putValue("Can-Retransform-Classes", "true");
            try (OutputStream out = new JarOutputStream(Files.newOutputStream(agentJar), manifest)) {
                out.flush();
            }
        }
        Path classes = Path.of(locationOf(Weaver.class));
        Path testClasses = Path.of(locationOf(ChildAgent.class));
        Path fixtures = directory.resolve("boot-fixtures.jar");
        if (!Files.exists(fixtures)) {
            writeFixtureJar(testClasses, fixtures);
        }
        String bootPath = String.join(java.io.File.pathSeparator, classes.toString(), fixtures.toString(),
                locationOf(ClassReader.class));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+UnlockDiagnosticVMOptions", "-XX:+BytecodeVerificationLocal",
                "-Xbootclasspath/a:" + bootPath, "-javaagent:" + agentJar,
                "-cp", agentJar + java.io.File.pathSeparator + testClasses, ChildAgent.class.getName(), mode));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(0, child.exitValue(), output);
        return output.lines().collect(Collectors.toList());
    }

    /** The advice and error method the woven JDK code calls: on the bootstrap class path, like the agent's. */
    private static void writeFixtureJar(Path testClasses, Path jar) throws IOException {
        Path fixture = testClasses.resolve("dev/reuseagent/weave/fixture");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                java.util.stream.Stream<Path> files = Files.list(fixture)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.equals("Calls.class") || name.equals("Errors.class") || name.startsWith("JdkAdvice")) {
                    out.putNextEntry(new java.util.jar.JarEntry("dev/reuseagent/weave/fixture/" + name));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
        }
    }

    private static String locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
