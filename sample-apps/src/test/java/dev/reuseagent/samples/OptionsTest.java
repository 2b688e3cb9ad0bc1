package dev.reuseagent.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {

    @Test
    void urlconnectionWithDefaults() throws Exception {
        Options o = Options.parse("urlconnection", "shared", "--url", "http://127.0.0.1:8080/x");
        assertEquals(Options.Command.URLCONNECTION, o.command());
        assertEquals("shared", o.pattern());
        assertEquals("http://127.0.0.1:8080/x", o.url().toString());
        assertEquals(10, o.requests());
        assertEquals(1, o.threads());
        assertEquals(0, o.pauseMs());
        assertNull(o.trustPem());
        assertEquals(120, o.maxSeconds());
    }

    @Test
    void urlconnectionWithEveryOption(@TempDir Path dir) throws Exception {
        Path pem = Files.writeString(dir.resolve("ca.pem"), "not parsed here");
        Options o = Options.parse("urlconnection", "disconnect-unread", "--url", "https://127.0.0.1:8443/",
                "--requests", "50", "--threads", "4", "--pause-ms", "250", "--trust-pem", pem.toString(), "--max-seconds", "30");
        assertEquals("disconnect-unread", o.pattern());
        assertEquals(50, o.requests());
        assertEquals(4, o.threads());
        assertEquals(250, o.pauseMs());
        assertEquals(pem, o.trustPem());
        assertEquals(30, o.maxSeconds());
    }

    @Test
    void everyClientCommandTakesAPatternAndClientOptions() throws Exception {
        for (String command : new String[] {"jdkhttp", "okhttp", "apache5", "apache5-async", "apache4"}) {
            Options o = Options.parse(command, "shared", "--url", "http://h/", "--protocol", "h2", "--pool-size", "3");
            assertEquals("shared", o.pattern());
            assertTrue(o.http2());
            assertEquals(3, o.poolSizeOr(5));
        }
    }

    @Test
    void otherCommands() throws Exception {
        assertEquals(Options.Command.DEMO, Options.parse("demo").command());
        assertEquals(Options.Command.HELP, Options.parse("help").command());
        assertEquals(Options.Command.HELP, Options.parse("--help").command());
        Options isolation = Options.parse("isolation", "--url", "http://127.0.0.1:1/", "--requests", "3");
        assertEquals(Options.Command.ISOLATION, isolation.command());
        assertEquals(3, isolation.requests());
    }

    @Test
    void badArgumentsGiveOneClearMessage() {
        assertUsage("missing subcommand");
        assertUsage("unknown subcommand 'fetch'", "fetch");
        assertUsage("needs a pattern", "urlconnection", "--url", "http://h/");
        assertUsage("--protocol must be one of h2, http1, got 'h3'", "okhttp", "shared", "--url", "http://h/", "--protocol", "h3");
        assertUsage("unknown option --protocol for urlconnection", "urlconnection", "shared", "--url", "http://h/", "--protocol", "h2");
        assertUsage("needs --url", "urlconnection", "shared");
        assertUsage("needs --url", "isolation");
        assertUsage("--url must be an http:// or https:// URL", "urlconnection", "shared", "--url", "ftp://h/");
        assertUsage("--url is not a valid URL", "urlconnection", "shared", "--url", "http://h/ space");
        assertUsage("--requests expects a whole number, got 'ten'", "urlconnection", "shared", "--url", "http://h/", "--requests", "ten");
        assertUsage("--threads must be at least 1, got 0", "urlconnection", "shared", "--url", "http://h/", "--threads", "0");
        assertUsage("--pause-ms must be at least 0", "urlconnection", "shared", "--url", "http://h/", "--pause-ms", "-5");
        assertUsage("--requests needs a value", "urlconnection", "shared", "--url", "http://h/", "--requests");
        assertUsage("unknown option --reqests", "urlconnection", "shared", "--url", "http://h/", "--reqests", "5");
        assertUsage("unknown option --url for demo", "demo", "--url", "http://h/");
        assertUsage("unexpected argument 'extra'", "demo", "extra");
        assertUsage("--trust-pem file not found", "urlconnection", "shared", "--url", "https://h/", "--trust-pem", "/no/such.pem");
    }

    private static void assertUsage(String expectedFragment, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> Options.parse(args));
        assertTrue(e.getMessage().contains(expectedFragment), () -> "message was: " + e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }
}
