package dev.reuseagent.client.jdkhttp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry's rules, with plain objects for clients and handles. */
class SharedClientsTest {

    private final SharedClients clients = new SharedClients();

    private static ClientConfig config(Object executor, String version) {
        return new ClientConfig(new Object[] {executor}, new Object[] {version});
    }

    @Test
    void theFirstBuildRegistersAndTheNextOneWithAnEqualConfigurationSharesIt() {
        Object executor = new Object();
        Object first = new Object();
        SharedClients.Found registered = clients.lookUp(config(executor, "HTTP_1_1"), first);
        assertNull(registered.first, "the first client of its configuration is the application's own");
        assertSame(registered.entry.firstHandle, clients.handle(first));

        SharedClients.Found shared = clients.lookUp(config(executor, "HTTP_1_1"), new Object());
        assertSame(first, shared.first);
        assertSame(registered.entry, shared.entry);
        assertTrue(shared.entry.shared);
        assertEquals(2, shared.entry.open);
    }

    @Test
    void beforeABuildOnlyAnEqualLiveConfigurationIsFoundAndNothingIsRegistered() {
        Object executor = new Object();
        assertNull(clients.lookUpShared(config(executor, "HTTP_1_1")), "nothing registered yet");
        assertEquals(0, clients.size());

        Object first = new Object();
        SharedClients.Found registered = clients.lookUp(config(executor, "HTTP_1_1"), first);
        assertNull(clients.lookUpShared(config(executor, "HTTP_2")), "another version");
        assertNull(clients.lookUpShared(config(new Object(), "HTTP_1_1")), "another executor");
        assertEquals(1, clients.size());
        assertEquals(1, registered.entry.open);
        assertFalse(registered.entry.shared);

        SharedClients.Found shared = clients.lookUpShared(config(executor, "HTTP_1_1"));
        assertSame(first, shared.first);
        assertSame(registered.entry, shared.entry);
        assertTrue(shared.entry.shared);
        assertEquals(2, shared.entry.open, "a handle is reserved, as by lookUp");
        assertTrue(clients.pinned(shared.entry));

        Object handle = new Object();
        clients.handedOut(handle, shared.entry);
        assertTrue(clients.close(clients.handle(handle), "close"));
        assertTrue(clients.close(clients.handle(first), "close"));
        assertTrue(clients.releaseIfAllClosed(clients.handle(handle)));
        assertNull(clients.lookUpShared(config(executor, "HTTP_1_1")), "released: never given out again");
        assertEquals(0, clients.size());
    }

    @Test
    void configurationsThatDifferAreNeverShared() {
        Object first = new Object();
        clients.lookUp(config(new Object(), "HTTP_1_1"), first);
        assertNull(clients.lookUp(config(new Object(), "HTTP_1_1"), new Object()).first, "another executor");
        Object executor = new Object();
        clients.lookUp(config(executor, "HTTP_1_1"), new Object());
        assertNull(clients.lookUp(config(executor, "HTTP_2"), new Object()).first, "another version");
        assertEquals(4, clients.size());
    }

    @Test
    void boundedToSixtyFourConfigurations() {
        List<Object> keepAlive = new ArrayList<>();
        for (int i = 0; i < SharedClients.MAX_CONFIGURATIONS; i++) {
            Object client = new Object();
            keepAlive.add(client);
            assertNotNull(clients.lookUp(config(new Object(), "v"), client));
        }
        assertNull(clients.lookUp(config(new Object(), "v"), new Object()), "full: not merged, not registered");
        assertEquals(SharedClients.MAX_CONFIGURATIONS, clients.size());
        assertEquals(SharedClients.MAX_CONFIGURATIONS, keepAlive.size());
    }

    @Test
    void theMostRecentClientsNotSharedYetAreHeldStronglyOlderOnesWeakly() {
        List<SharedClients.Entry> entries = new ArrayList<>();
        List<Object> keepAlive = new ArrayList<>();
        for (int i = 0; i <= SharedClients.MAX_WAITING; i++) {
            Object client = new Object();
            keepAlive.add(client);
            entries.add(clients.lookUp(config(new Object(), "v"), client).entry);
        }
        assertFalse(clients.pinned(entries.get(0)), "the oldest waiting one: weakly, as the JDK holds it");
        for (int i = 1; i <= SharedClients.MAX_WAITING; i++) {
            assertTrue(clients.pinned(entries.get(i)));
        }
        assertEquals(SharedClients.MAX_WAITING + 1, keepAlive.size());
    }

    @Test
    void aSharedClientStaysHeldWhenNewerOnesWait() {
        ClientConfig config = config(new Object(), "v");
        SharedClients.Entry shared = clients.lookUp(config, new Object()).entry;
        clients.lookUp(config, new Object());
        for (int i = 0; i <= SharedClients.MAX_WAITING; i++) {
            clients.lookUp(config(new Object(), "v"), new Object());
        }
        assertTrue(clients.pinned(shared));
    }

    @Test
    void closesAreIgnoredUntilEveryCallerClosedThenTheClientIsReleased() {
        ClientConfig config = config(new Object(), "v");
        Object first = new Object();
        SharedClients.Entry entry = clients.lookUp(config, first).entry;
        Object second = new Object();
        clients.lookUp(config, new Object());
        clients.handedOut(second, entry);
        SharedClients.Handle a = clients.handle(first);
        SharedClients.Handle b = clients.handle(second);

        assertTrue(clients.close(a, "close"), "ignored: another caller holds it open");
        assertFalse(clients.releaseIfAllClosed(a));
        assertTrue(clients.close(b, "shutdownNow"));
        assertTrue(clients.close(b, "shutdown"), "a second close of one handle counts once");
        assertEquals(0, entry.open);
        assertTrue(entry.now);
        assertTrue(clients.releaseIfAllClosed(a));
        assertTrue(entry.retired);
        assertFalse(clients.pinned(entry));
        assertFalse(clients.close(a, "close"), "released: the close is real now");

        assertNull(clients.lookUp(config, new Object()).first, "a released client is never given out again");
    }

    @Test
    void aCallerThatDidNotCloseItsHandleDoesNotReleaseIt() {
        Object first = new Object();
        SharedClients.Entry entry = clients.lookUp(config(new Object(), "v"), first).entry;
        assertFalse(clients.releaseIfAllClosed(clients.handle(first)));
        assertFalse(entry.retired);
    }

    @Test
    void aHandleCountsEachConnectionOnceAndAFewOnly() {
        SharedClients.Handle h = new SharedClients.Handle(null);
        assertTrue(h.firstUse(7));
        assertFalse(h.firstUse(7));
        for (long id = 100; id < 100 + SharedClients.Handle.MAX_CONNECTIONS - 1; id++) {
            assertTrue(h.firstUse(id));
        }
        assertFalse(h.firstUse(1000), "beyond the bound nothing more is counted");
    }

    @Test
    void closeWaitsForTheHandlesOwnRequests() throws Exception {
        SharedClients.Handle h = new SharedClients.Handle(null);
        h.started();
        h.started();
        Thread closer = new Thread(() -> {
            try {
                h.awaitAnswers();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        closer.start();
        h.finished();
        closer.join(100);
        assertTrue(closer.isAlive(), "one request still unanswered");
        h.finished();
        closer.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(closer.isAlive());
    }
}
