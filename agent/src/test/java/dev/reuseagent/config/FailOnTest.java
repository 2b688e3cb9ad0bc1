package dev.reuseagent.config;

import dev.reuseagent.model.Reason;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailOnTest {

    private final FailOn.ParserOf parser = new FailOn.ParserOf();

    @Test
    void reasonNamesJoinedByPlus() {
        FailOn failOn = parser.parse("new-client+Body-Not-Consumed");
        assertEquals(EnumSet.of(Reason.NEW_CLIENT, Reason.BODY_NOT_CONSUMED), failOn.reasons());
        assertFalse(failOn.forbids(Reason.POOL_BUSY));
    }

    @Test
    void avoidableIsEveryReasonTheApplicationCanFixAndMixesWithNames() {
        FailOn avoidable = parser.parse("avoidable");
        assertTrue(avoidable.forbids(Reason.NEW_CLIENT));
        assertTrue(avoidable.forbids(Reason.BODY_NOT_CONSUMED));
        assertTrue(avoidable.forbids(Reason.POOL_FULL));
        assertFalse(avoidable.forbids(Reason.FIRST_USE));
        assertFalse(avoidable.forbids(Reason.POOL_BUSY), "a pool growing to the concurrency is healthy");
        assertFalse(avoidable.forbids(Reason.SERVER_CLOSED), "the server's choice");
        assertTrue(parser.parse("avoidable+pool-busy").forbids(Reason.POOL_BUSY));
    }

    @Test
    void noneAndOffForbidNothing() {
        assertTrue(parser.parse("none").isNone());
        assertTrue(parser.parse("OFF").isNone());
    }

    @Test
    void anythingElseSaysWhatIsAccepted() {
        for (String bad : new String[] {"new_client", "new-client+", "+", "all", "first-use,new-client", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse(bad), bad);
            assertEquals(FailOn.ParserOf.ACCEPTED, e.getMessage());
        }
    }
}
