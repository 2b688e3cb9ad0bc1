package dev.reuseagent.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reason and cause names are part of the output contract (docs/contracts.md §3). */
class LabelsTest {

    @Test
    void reasonLabels() {
        List<String> labels = new ArrayList<>();
        for (Reason r : Reason.values()) {
            labels.add(r.label());
        }
        assertEquals(List.of("first-use", "new-client", "pool-busy", "server-closed", "idle-timeout", "stale",
                "body-not-consumed", "app-closed", "pool-full", "redirect", "auth-challenge", "failed", "unknown"), labels);
    }

    @Test
    void closeCauseLabels() {
        List<String> labels = new ArrayList<>();
        for (CloseCause c : CloseCause.values()) {
            labels.add(c.label());
        }
        assertEquals(List.of("server-closed", "idle-timeout", "stale", "body-not-consumed", "app-closed",
                "pool-full", "redirect", "auth-challenge", "failed", "unknown"), labels);
    }

    @ParameterizedTest
    @EnumSource(CloseCause.class)
    void everyCauseMapsToTheReasonOfTheSameName(CloseCause cause) {
        assertEquals(cause.label(), cause.asReason().label());
    }

    @Test
    void clientNames() {
        assertEquals("unknown", Clients.UNKNOWN);
    }
}
