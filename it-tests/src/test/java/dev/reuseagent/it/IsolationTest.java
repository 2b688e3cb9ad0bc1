package dev.reuseagent.it;


import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application with its own, different Byte Buddy and SLF4J + Logback runs unchanged under the agent: its
 * classes and logging configuration are its own, and the agent still reports.
 */
class IsolationTest {


    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("dev.reuseagent.it.Jdk#matrix")
    void applicationKeepsItsOwnByteBuddyAndLogging(Jdk jdk) throws Exception {
        jdk.assumePresent();
        Path lib = Paths.get(System.getProperty("isolation.lib"));
        List<Path> classpath = new ArrayList<>();
        classpath.add(ChildJvm.SAMPLE_APPS_JAR);
        try (Stream<Path> jars = Files.list(lib)) {
            classpath.addAll(jars.sorted().collect(Collectors.toList()));
        }
        Path dir = ChildJvm.WORK.resolve("isolation-" + jdk);
        Files.createDirectories(dir);
        Path appLog = dir.resolve("app.log");
        Files.deleteIfExists(appLog);
        Path logback = dir.resolve("logback.xml");
        Files.writeString(logback, "<configuration>\n"
                + "  <appender name=\"FILE\" class=\"ch.qos.logback.core.FileAppender\">\n"
                + "    <file>" + appLog + "</file>\n"
                + "    <encoder><pattern>APP %level %logger - %msg%n</pattern></encoder>\n"
                + "  </appender>\n"
                + "  <root level=\"INFO\"><appender-ref ref=\"FILE\"/></root>\n"
                + "</configuration>\n");
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = new ChildJvm(jdk, "isolation")
                    .jvmArg("-Dlogback.configurationFile=" + logback)
                    .classpath(classpath, "dev.reuseagent.samples.SampleMain")
                    .run("isolation", "--url", server.url(), "--requests", "5");

            assertEquals(0, run.exitCode, run::describe);
            // The application's own Byte Buddy and SLF4J binding, untouched.
            assertTrue(run.stdout.contains("binding=ch.qos.logback.classic.LoggerContext"), run::describe);
            assertTrue(run.stdout.contains("generated="), run::describe);
            String log = Files.readString(appLog);
            assertTrue(log.contains("APP INFO sample.isolation - isolation: bytebuddy=1.14.18"), log);
            assertTrue(log.contains("APP INFO sample.isolation - isolation: slf4j-binding=ch.qos.logback"), log);
            assertFalse(log.contains("reuse-agent"), "the agent never writes into the application's log: " + log);
            // No SLF4J provider conflict warnings in either direction.
            assertFalse(run.stderr.contains("SLF4J"), run::describe);
            // And the agent still reports, exactly.
            Scenario.verify(run, server);
        }
    }
}
