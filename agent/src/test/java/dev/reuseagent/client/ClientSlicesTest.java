package dev.reuseagent.client;

import dev.reuseagent.weave.Hook;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The slice descriptors: what the agent reads of them at start agrees with what each slice really hooks. */
class ClientSlicesTest {

    @Test
    void hookedClassesAreExactlyTheClassesTheHooksName() {
        for (ClientSlice slice : ClientSlices.all()) {
            Set<String> targeted = new TreeSet<>();
            for (Hook hook : slice.hooks()) {
                targeted.add(hook.className());
            }
            assertEquals(targeted, new TreeSet<>(slice.hookedClasses()), slice.name());
        }
    }

    @Test
    void noClassIsHookedByTwoSlices() {
        Set<String> seen = new HashSet<>();
        for (ClientSlice slice : ClientSlices.all()) {
            for (String name : slice.hookedClasses()) {
                assertTrue(seen.add(name), name + " is hooked by two slices");
            }
        }
    }

    @Test
    void namesAreTheOutputContract() {
        List<String> names = ClientSlices.all().stream().map(ClientSlice::name).toList();
        assertEquals(List.of("urlconnection", "jdkhttp", "okhttp", "apache5", "apache5-async", "apache4", "apache4-async",
                "netty", "netty-tls", "reactor-netty", "jetty",
                "vertx", "aws-netty", "grpc"), names);
        // netty-tls reports no connection of its own (never a via name): it only appears in a stand-down note
        // netty (transport only), reactor-netty, vertx, aws-netty and grpc have nothing to enforce: enforce= refuses
        // their names
        assertEquals(List.of("urlconnection", "jdkhttp", "okhttp", "apache"), ClientSlices.enforceNames());
    }
}
