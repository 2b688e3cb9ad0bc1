package dev.reuseagent.cli;

import dev.reuseagent.config.Option;
import dev.reuseagent.config.Options;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsEveryOptionAndSucceeds() {
        assertEquals(0, run("help"));
        String text = out.toString(StandardCharsets.UTF_8);
        for (Option<?> option : Options.ALL) {
            assertTrue(text.contains(option.key()), option.key());
        }
        assertTrue(text.contains("attach <pid>"), text);
    }

    @Test
    void noArgumentsMeansHelp() {
        assertEquals(0, run());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("maxOrigins"));
    }

    @Test
    void unknownCommandFailsWithUsage() {
        assertEquals(2, run("frobnicate"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("unknown command 'frobnicate'"), text);
        assertTrue(text.contains("usage:"), text);
    }

    @Test
    void attachWithoutPidFailsWithUsage() {
        assertEquals(2, run("attach"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("attach <pid>"));
    }
}
