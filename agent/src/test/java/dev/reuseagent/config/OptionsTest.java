package dev.reuseagent.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {

    @Test
    void helpListsEveryOptionWithItsDefault() {
        String help = Options.helpText();
        for (Option<?> option : Options.ALL) {
            Pattern line = Pattern.compile("(?m)^" + Pattern.quote(option.key()) + "\\s+"
                    + Pattern.quote(option.defaultText()) + "\\s");
            assertTrue(line.matcher(help).find(), () -> option.key() + " with default " + option.defaultText()
                    + " missing from help:\n" + help);
        }
    }

    @Test
    void helpShowsDesignDefaults() {
        String help = Options.helpText();
        for (String[] keyDefault : new String[][] {{"log", "new"}, {"logFile", "stderr"}, {"summary", "exit"},
                {"summaryInterval", "none"}, {"summaryFile", "none"}, {"events", "none"}, {"enforce", "off"},
                {"include", "all"}, {"maxOrigins", "1000"}, {"sites", "on"}, {"enabled", "true"}}) {
            assertTrue(Pattern.compile("(?m)^" + keyDefault[0] + "\\s+" + keyDefault[1] + "\\s").matcher(help).find(),
                    () -> keyDefault[0] + " default " + keyDefault[1] + " missing from help:\n" + help);
        }
    }

    @Test
    void designContractKeysExist() {
        Set<String> keys = new HashSet<>();
        for (Option<?> o : Options.ALL) {
            keys.add(o.key());
        }
        for (String key : List.of("log", "logFile", "summary", "summaryInterval", "summaryFile", "events", "enforce",
                "include", "exclude", "maxOrigins", "sites", "enabled", "config")) {
            assertTrue(keys.contains(key), key);
        }
    }

    @Test
    void keysAreUnique() {
        Set<String> keys = new HashSet<>();
        for (Option<?> o : Options.ALL) {
            assertTrue(keys.add(o.key()), "duplicate key " + o.key());
        }
    }

    @Test
    void everyOptionHasDescriptionAndAccepted() {
        for (Option<?> o : Options.ALL) {
            assertNotNull(o.description(), o.key());
            assertNotNull(o.accepted(), o.key());
            assertTrue(!o.description().isBlank() && !o.accepted().isBlank(), o.key());
        }
    }

    @Test
    void byKeyFindsEveryOption() {
        for (Option<?> o : Options.ALL) {
            assertSame(o, Options.byKey(o.key()));
        }
    }

    @ParameterizedTest
    @CsvSource({"log, REUSE_AGENT_LOG", "maxOrigins, REUSE_AGENT_MAX_ORIGINS",
            "summaryInterval, REUSE_AGENT_SUMMARY_INTERVAL", "logFile, REUSE_AGENT_LOG_FILE",
            "failFast, REUSE_AGENT_FAIL_FAST", "siteExclude, REUSE_AGENT_SITE_EXCLUDE"})
    void environmentName(String key, String expected) {
        assertEquals(expected, Options.byKey(key).environmentName());
    }

    @Test
    void systemPropertyName() {
        assertEquals("reuse.agent.maxOrigins", Options.MAX_ORIGINS.systemPropertyName());
    }
}
