package dev.reuseagent.samples;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleMainTest {
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void badArgumentsPrintOneLineAndExitWithTwo() throws Exception {
        assertEquals(2, SampleMain.run(new String[] {"urlconnection", "nope", "--url", "http://h/"}));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.startsWith("sample: unknown urlconnection pattern 'nope'"), stderr);
        assertEquals(1, stderr.lines().count(), stderr);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsageAndExitsWithZero() throws Exception {
        assertEquals(0, SampleMain.run(new String[] {"help"}));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("urlconnection <pattern> --url <URL>"));
    }
}
