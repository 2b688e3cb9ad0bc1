package dev.reuseagent;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The attach CLI's token travels in front of the options and comes back with the target's outcome. */
class AttachOutcomeTest {

    @Test
    void theTokenIsTakenOffBeforeTheOptionsAreRead() {
        String arguments = AttachOutcome.arguments("abc", "log=all,summaryFile=/tmp/s.json");
        assertEquals("abc", AttachOutcome.token(arguments));
        assertEquals("log=all,summaryFile=/tmp/s.json", AttachOutcome.options(arguments));
        assertEquals("", AttachOutcome.options(AttachOutcome.arguments("abc", "")));
        assertEquals("abc", AttachOutcome.token(AttachOutcome.arguments("abc", "")));
    }

    @Test
    void argumentsWithoutATokenAreTheOptions() {
        assertNull(AttachOutcome.token("log=all"));
        assertEquals("log=all", AttachOutcome.options("log=all"));
        assertNull(AttachOutcome.token(null));
        assertNull(AttachOutcome.options(null));
    }

    @Test
    void theOutcomeIsReadBackOnlyByTheAttachThatAskedForIt() {
        Properties target = new Properties();
        assertNull(AttachOutcome.read(target, "abc"), "nothing published yet");
        target.setProperty(AttachOutcome.PROPERTY, "abc REFUSED invalid option log=loud\ninvalid option x=1");
        StartOutcome outcome = AttachOutcome.read(target, "abc");
        assertEquals(StartOutcome.Kind.REFUSED, outcome.kind());
        assertEquals(3, outcome.kind().exitStatus());
        assertEquals("invalid option log=loud\ninvalid option x=1", outcome.message());
        assertNull(AttachOutcome.read(target, "ab"), "another attach's outcome");
        assertNull(AttachOutcome.read(target, "xyz"));
    }
}
