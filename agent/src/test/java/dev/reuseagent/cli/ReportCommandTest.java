package dev.reuseagent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code report} command's arguments and exit statuses (the report itself: FleetReportsTest). */
class ReportCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void withoutFilesOrWithADiffOfOneFileItPrintsUsage() {
        assertEquals(2, run("report"));
        assertEquals(2, run("report", "--diff", "only.json"));
        assertEquals(2, run("report", "--tabular", "a.json"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("unknown report option '--tabular'"), text);
        assertTrue(text.contains("report --diff [--json] before.json after.json"), text);
    }

    @Test
    void anUnreadableFileFailsWithItsName() {
        assertEquals(1, run("report", dir.resolve("gone.json").toString()));
        assertEquals("report: " + dir.resolve("gone.json") + ": no such file" + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSummaryWithoutOriginsGivesAnEmptyReport() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{\"schema\":\"reuse-agent/summary/v1\",\"origins\":[]}");
        assertEquals(0, run("report", empty.toString()));
        assertEquals("fleet report: 1 JVM, 0 origins, 0 requests, 0 connections opened, 0 avoidable"
                + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
        assertTrue(run("help") == 0 && out.toString(StandardCharsets.UTF_8).contains("report --diff"));
    }
}
