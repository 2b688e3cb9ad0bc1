package dev.reuseagent.util;

import dev.reuseagent.weave.fixture.shaded.lib.Route;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Class names compared across a relocation. The registry is JVM-wide: this test adds packages no one else uses. */
class RelocationsTest {

    private static final String FROM = "org.example.lib.";
    private static final String TO = "com.vendor.lib.";

    @Test
    void aRelocatedClassIsTheLibrarysClassOnlyOnceTheRelocationIsKnown() {
        String relocated = TO + "impl.Pool";
        assertEquals(relocated, Relocations.original(relocated));
        assertFalse(Relocations.is(relocated, FROM + "impl.Pool"));
        assertFalse(Relocations.isRelocated(relocated));

        Relocations.add(FROM, TO);
        Relocations.add(FROM, TO); // once is enough

        assertEquals(FROM + "impl.Pool", Relocations.original(relocated));
        assertTrue(Relocations.is(relocated, FROM + "impl.Pool"));
        assertTrue(Relocations.is(FROM + "impl.Pool", FROM + "impl.Pool"));
        assertFalse(Relocations.is(relocated, FROM + "impl.PoolEntry"));
        assertFalse(Relocations.is(TO + "impl.PoolEntry", FROM + "impl.Pool"));
        assertFalse(Relocations.is(relocated, "org.other.impl.Pool"));
        assertTrue(Relocations.isRelocated(relocated));
        assertFalse(Relocations.isRelocated("com.vendor.app.Main"));
        assertEquals("com.vendor.app.Main", Relocations.original("com.vendor.app.Main"));
    }

    @Test
    void aLibraryNameInTheCopyOfAGivenClass() {
        Relocations.add("org.example.other.", "com.vendor.other.");
        class Local {
        }
        // A class of no known copy: the library's own name.
        assertEquals("org.example.other.Route", Relocations.inCopyOf(Local.class, "org.example.other.Route"));
        assertEquals("org.example.other.Route", Relocations.inCopyOf(String.class, "org.example.other.Route"));

        // The weave fixtures: fixture.shaded.lib is a copy of fixture.lib.
        Relocations.add("dev.reuseagent.weave.fixture.lib.", "dev.reuseagent.weave.fixture.shaded.lib.");
        assertEquals("dev.reuseagent.weave.fixture.shaded.lib.Pool",
                Relocations.inCopyOf(Route.class, "dev.reuseagent.weave.fixture.lib.Pool"));
        assertEquals("dev.reuseagent.weave.fixture.lib.Pool",
                Relocations.inCopyOf(dev.reuseagent.weave.fixture.lib.Route.class,
                        "dev.reuseagent.weave.fixture.lib.Pool"));
    }
}
