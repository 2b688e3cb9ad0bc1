package dev.reuseagent.client.apache;

import dev.reuseagent.client.apache.SharedManagers.Building;
import dev.reuseagent.client.apache.SharedManagers.Shared;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry of shared managers: keys, when a key may get a manager, concurrent builds, saved connections. */
class SharedManagersTest {

    @Test
    void keysOfEqualValuesAreEqualAndIdentityPartsCompareByIdentity() {
        Object context = new Object();
        assertEquals(new ManagerKey().value("maxConnTotal", 0).identity("sslContext", null),
                new ManagerKey().value("maxConnTotal", 0).identity("sslContext", null));
        assertEquals(new ManagerKey().identity("sslContext", context).hashCode(),
                new ManagerKey().identity("sslContext", context).hashCode());
        assertEquals(new ManagerKey().identity("sslContext", context),
                new ManagerKey().identity("sslContext", context));
        assertNotEquals(new ManagerKey().identity("sslContext", context),
                new ManagerKey().identity("sslContext", new Object()));
        assertNotEquals(new ManagerKey().value("maxConnTotal", 0), new ManagerKey().value("maxConnTotal", 5));
        // null is the builder's default: a value, not an identity
        assertFalse(new ManagerKey().identity("sslContext", null).hasIdentities());
        assertTrue(new ManagerKey().identity("sslContext", context).hasIdentities());
    }

    @Test
    void aKeyWithAnIdentityPartGetsAManagerOnlyFromItsSecondBuild() {
        SharedManagers managers = new SharedManagers();
        Object context = new Object();
        assertTrue(managers.mayCreate(new ManagerKey().value("systemProperties", false)));
        assertFalse(managers.mayCreate(new ManagerKey().identity("sslContext", context)));
        assertTrue(managers.mayCreate(new ManagerKey().identity("sslContext", context)));
        // a new context per build is never seen twice
        for (int i = 0; i < 100; i++) {
            assertFalse(managers.mayCreate(new ManagerKey().identity("sslContext", new Object())));
        }
    }

    @Test
    void theSeenOnceMemoryIsBounded() {
        SharedManagers managers = new SharedManagers();
        Object first = new Object();
        assertFalse(managers.mayCreate(new ManagerKey().identity("sslContext", first)));
        Object[] others = new Object[SharedManagers.SEEN_ONCE];
        for (int i = 0; i < others.length; i++) {
            others[i] = new Object();
            managers.mayCreate(new ManagerKey().identity("sslContext", others[i]));
        }
        assertFalse(managers.mayCreate(new ManagerKey().identity("sslContext", first)), "forgotten, seen once again");
    }

    @Test
    void atMostMaxManagers() {
        SharedManagers managers = new SharedManagers();
        for (int i = 0; i < SharedManagers.MAX_MANAGERS; i++) {
            assertFalse(managers.full());
            managers.put(new ManagerKey().value("maxConnTotal", i), new Shared(new Object(), new Object(), "effect"));
        }
        assertTrue(managers.full());
    }

    @Test
    void concurrentBuildsOfOneBuilderRestoreItOnlyAfterTheLast() {
        SharedManagers managers = new SharedManagers();
        Object builder = new Object();
        Shared shared = new Shared(new Object(), new Object(), "effect");
        assertNull(managers.join(builder));
        Building first = managers.started(builder, shared, false);
        Building second = managers.join(builder);
        assertSame(first, second);
        assertFalse(managers.ended(builder, second));
        assertTrue(managers.ended(builder, first));
        assertNull(managers.join(builder));
    }

    @Test
    void aConnectionReusedByAnotherClientOfASharedManagerIsSaved() {
        SharedManagers managers = new SharedManagers();
        Object one = new Object();
        Object two = new Object();
        Object unmerged = new Object();
        Object connection = new Object();
        managers.clientBuilt(one);
        managers.clientBuilt(two);
        assertTrue(managers.isMerged(one));
        assertFalse(managers.isMerged(unmerged));
        managers.opened(connection, one);
        assertFalse(managers.reusedByAnother(connection, one), "its own client reusing it saved nothing");
        assertTrue(managers.reusedByAnother(connection, two));
        assertFalse(managers.reusedByAnother(connection, unmerged));
        assertFalse(managers.reusedByAnother(connection, null));
        Object byUnmerged = new Object();
        managers.opened(byUnmerged, unmerged);
        assertFalse(managers.reusedByAnother(byUnmerged, two), "not opened by a client of a shared manager");
    }
}
