package dev.reuseagent;

import dev.reuseagent.weave.Hook;
import dev.reuseagent.weave.fixture.ReturnAdvice;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.reuseagent.weave.Methods.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The name-only side of relocated copies: which class names propose a copy of which slice, and with which
 * relocation. Whether a proposed copy applies is the group check's (RelocatedHookTest).
 */
class RelocatedCopiesTest {

    private static final String POOL = "org.apache.http.impl.conn.CPool";
    private static final String EXECUTOR = "org.apache.http.protocol.HttpRequestExecutor";
    private static final String CORE = "org.apache.hc.core5.pool.StrictConnPool";

    private final LazySlices lazy = new LazySlices(new Notes(), null, false, null);

    private LazySlices.Owner owner(String name, String... classes) {
        LazySlices.Owner owner = lazy.new Owner(name, true) {
            @Override
            List<Hook> start() {
                List<Hook> hooks = new java.util.ArrayList<>();
                for (String c : classes) {
                    hooks.add(new Hook(c, named("m"), ReturnAdvice.I.class));
                }
                return hooks;
            }
        };
        owner.classNames.addAll(List.of(classes));
        return owner;
    }

    private RelocatedCopies apache4() {
        RelocatedCopies copies = new RelocatedCopies();
        copies.add(owner("apache4", POOL, EXECUTOR), List.of("org.apache.http."), List.of(POOL, EXECUTOR));
        return copies;
    }

    @Test
    void aPackageRenamedAwayIsFoundByTheClassesBelowTheLibrarysPackage() {
        RelocatedCopies copies = apache4();

        RelocatedCopies.Copy copy = copies.copyOf("org/apache/maven/wagon/providers/http/httpclient/impl/conn/CPool");

        assertNotNull(copy);
        assertEquals(Map.of("org.apache.http.", "org.apache.maven.wagon.providers.http.httpclient."),
                copy.relocation());
        List<Hook> hooks = copy.hooksFor("org/apache/maven/wagon/providers/http/httpclient/impl/conn/CPool");
        assertEquals("org.apache.maven.wagon.providers.http.httpclient.impl.conn.CPool", hooks.get(0).className());
        // Every other hooked class of the copy is now one look-up, and all are one group.
        RelocatedCopies.Copy same = copies.copyOf(
                "org/apache/maven/wagon/providers/http/httpclient/protocol/HttpRequestExecutor");
        assertSame(copy, same);
        assertNotNull(copy.group());
        assertEquals("apache4", copy.group().name());
    }

    @Test
    void aPrefixedCopyIsFoundToo() {
        RelocatedCopies.Copy copy = apache4().copyOf("com/acme/shaded/org/apache/http/protocol/HttpRequestExecutor");

        assertNotNull(copy);
        assertEquals(Map.of("org.apache.http.", "com.acme.shaded.org.apache.http."), copy.relocation());
    }

    @Test
    void namesThatOnlyResembleAHookedClassProposeNothing() {
        RelocatedCopies copies = apache4();

        assertNull(copies.copyOf("org/apache/http/impl/conn/CPool"), "the library's own name is no copy");
        assertNull(copies.copyOf("com/acme/impl/conn/XCPool"), "another simple name");
        assertNull(copies.copyOf("com/acme/conn/CPool"), "the tail below the package differs");
        assertNull(copies.copyOf("com/acmeimpl/conn/CPool"), "not at a package boundary");
        assertNull(copies.copyOf("impl/conn/CPool"), "no package of its own");
        assertNull(copies.copyOf("java/lang/String"));
    }

    @Test
    void aCopyRelocatedByAPrefixMovesEveryLibraryPackageWithIt() {
        RelocatedCopies copies = new RelocatedCopies();
        copies.add(owner("apache5", POOL, CORE), List.of("org.apache.http.", "org.apache.hc.core5."),
                List.of(POOL, CORE));

        RelocatedCopies.Copy copy = copies.copyOf("x/y/org/apache/hc/core5/pool/StrictConnPool");

        assertEquals(Map.of("org.apache.hc.core5.", "x.y.org.apache.hc.core5.", "org.apache.http.",
                "x.y.org.apache.http."), copy.relocation());
        assertSame(copy, copies.copyOf("x/y/org/apache/http/impl/conn/CPool"));
    }

    @Test
    void aSliceWithAHookedClassOutsideItsPackagesIsNotRelocatable() {
        RelocatedCopies copies = new RelocatedCopies();
        copies.add(owner("mixed", POOL, "java.net.Socket"), List.of("org.apache.http."),
                List.of(POOL, "java.net.Socket"));

        assertNull(copies.copyOf("com/acme/shaded/org/apache/http/impl/conn/CPool"));
        assertEquals(false, copies.mayHook("com.acme.shaded.org.apache.http.impl.conn.CPool"));
    }
}
