package dev.reuseagent.client.urlconnection;

import dev.reuseagent.model.Reason;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportThreadState;
import dev.reuseagent.transport.TransportTracker;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The keep-alive cache under load (issue 11, point 1): many threads return and look up connections at once, and
 * each hook runs a moment before or after the cache's own locked step. The interleavings the JDK allows must
 * never read as a connection the cache passed over ({@code idle-timeout}): every thread here reads its bodies and
 * no connection is idle anywhere near a timeout.
 */
class UrlConnectionLoadRacesTest {

    /** Connections go idle {@link #idleAge} before the moment they really do, to test expiry without waiting. */
    private long idleAge;
    private final ConnectionTracker tracker = new ConnectionTracker(EventSink.NONE, HostFilter.all(), 100,
            () -> System.nanoTime() - idleAge);
    private final TransportTracker transport = new TransportTracker(100, new SiteFinder(false, List.of(), List.of()));
    private final UrlConnectionTracking hooks = new UrlConnectionTracking(tracker, transport, false);
    private final URL url = url();
    /** Thread B holds {@link #connection} with a response read; thread A is about to need one. */
    private UrlConnectionThreadState b;
    private UrlConnectionThreadState a;
    private final Object connection = new Object();

    @org.junit.jupiter.api.BeforeEach
    void bHoldsAConnection() throws InterruptedException {
        b = thread();
        a = thread();
        busy(b, connection);
    }

    private static URL url() {
        try {
            return new URL("http://load.example/");
        } catch (java.net.MalformedURLException e) {
            throw new AssertionError(e);
        }
    }

    /** The per-thread state of a new thread (its own thread id), driven here as that thread would be. */
    private static UrlConnectionThreadState thread() throws InterruptedException {
        UrlConnectionThreadState[] state = new UrlConnectionThreadState[1];
        Thread thread = new Thread(new Runnable() {
            @Override
            public void run() {
                state[0] = new UrlConnectionThreadState(TransportThreadState.current());
            }
        });
        thread.start();
        thread.join();
        return state[0];
    }

    /** Lets System.nanoTime() move on, so that "before" and "after" are distinct instants. */
    private static void tick() {
        long start = System.nanoTime();
        while (System.nanoTime() == start) {
            Thread.onSpinWait();
        }
    }

    /** A cache look-up that misses: the enter hook, the JDK's locked look-up, the exit hook. */
    private void miss(UrlConnectionThreadState s) {
        hooks.cacheLookingUp(s);
        tick();
        hooks.cacheLookedUp(s, null, url, null);
    }

    private ConnectionRecord open(UrlConnectionThreadState s, Object client) {
        hooks.openStarting(s);
        tick();
        hooks.opened(s, client, url);
        return tracker.find(client);
    }

    /** Thread {@code s} opened {@code client} and read a response on it; it is still busy there. */
    private void busy(UrlConnectionThreadState s, Object client) {
        miss(s);
        open(s, client);
        hooks.exchangeDone(s, client, url, true, true);
    }

    /** Thread {@code s} put {@code client} back in the cache after its response: idle there. */
    private void idle(UrlConnectionThreadState s, Object client) {
        hooks.returning(s, client);
        hooks.returned(s);
    }

    /** Thread {@code a} misses the cache now and opens a new connection: its reason. */
    private Reason missAndOpen(UrlConnectionThreadState a) {
        tick();
        miss(a);
        return open(a, new Object()).reason();
    }

    @Test
    void aConnectionWhosePutWaitsForTheCacheLockIsStillBusy() throws Exception {
        hooks.returning(b, connection); // B's put waits for the cache's lock, which A holds, finding it empty
        assertEquals(Reason.POOL_BUSY, missAndOpen(a));
    }

    @Test
    void aPutThatEndsDuringTheLookUpWasNotInTheCacheWhenItBegan() throws Exception {
        hooks.cacheLookingUp(a);        // A asks while B still holds the connection
        tick();
        idle(b, connection);           // B's put completes before A's look-up returns null
        tick();
        hooks.cacheLookedUp(a, null, url, null);
        assertEquals(Reason.POOL_BUSY, open(a, new Object()).reason());
    }

    @Test
    void aPutThatEndsAfterAnotherThreadTookTheConnectionLeavesItBusyThere() throws Exception {
        UrlConnectionThreadState c = thread();
        hooks.returning(b, connection); // B's put is done inside the JDK, its exit hook not yet run ...
        hooks.cacheLookingUp(c);
        hooks.cacheLookedUp(c, connection, url, null); // ... C takes the connection from the cache ...
        hooks.returned(b);              // ... and only then B's exit hook runs
        assertEquals(Reason.POOL_BUSY, missAndOpen(a));
    }

    @Test
    void aConnectionTakenByAnotherThreadWhoseHookHasNotRunYetIsNotIdleTimeout() throws Exception {
        idle(b, connection);           // idle in the cache; then C pops it, and C's exit hook has not run yet,
        assertEquals(Reason.POOL_BUSY, missAndOpen(a)); // so A finds the cache empty
    }

    @Test
    void aConnectionIdleLongerThanTheShortestKeepAliveAndPassedOverIsIdleTimeout() throws Exception {
        idleAge = 2 * UrlConnectionTracking.SHORTEST_KEEP_ALIVE_NANOS; // it went idle 2 s ago
        idle(b, connection);
        idleAge = 0;
        // JDK 25 passes over an expired newest entry and leaves it to the timer
        assertEquals(Reason.IDLE_TIMEOUT, missAndOpen(a));
    }
}
