package dev.reuseagent.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What reaches a log line from the application (the thread name) cannot forge, break or reverse it. */
class AgentLogTest {

    private static String logged(String threadName, String message) throws InterruptedException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            Thread thread = new Thread(new Runnable() {
                @Override
                public void run() {
                    AgentLog.info(message);
                }
            }, threadName);
            thread.start();
            thread.join();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theThreadNameIsEscaped() throws InterruptedException {
        String out = logged("worker\u202e1\n2026-01-01T00:00:00.000Z [x] INFO [reuse-agent] forged", "hello");
        assertEquals(1, out.split("\\R").length, out);
        assertTrue(out.contains(" [worker\\u202e1\\u000a2026-01-01T00:00:00.000Z [x] INFO [reuse-agent] forged] INFO"
                + " [reuse-agent] hello"), out);
    }

    @Test
    void formatCharactersInAMessageAreEscapedButItsLineBreaksKept() throws InterruptedException {
        String out = logged("main", "summary\n  https://\u2067evil\u2069.example:443 \u200f");
        assertTrue(out.endsWith("INFO [reuse-agent] summary\n  https://\\u2067evil\\u2069.example:443 \\u200f"
                + System.lineSeparator()), out);
    }
}
