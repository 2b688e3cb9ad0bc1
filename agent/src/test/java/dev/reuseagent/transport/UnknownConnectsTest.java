package dev.reuseagent.transport;

import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.track.UnknownConnect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Connects no client claims are announced once, after their grace (noticed by a later connect, a summary, or the
 * exit); a connect a client claims, or said it will claim, never is.
 */
class UnknownConnectsTest {

    private static final InetSocketAddress API = new InetSocketAddress("127.0.0.1", 8080);
    private final List<UnknownConnect> announced = new ArrayList<>();
    private final TransportTracker transport = new TransportTracker(100, new SiteFinder(false, List.of(), List.of()));
    private final ConnectionTracker tracker = new ConnectionTracker(new Announced(announced), HostFilter.all(), 100,
            System::nanoTime);

    UnknownConnectsTest() {
        transport.unknowns().announceTo(tracker);
    }

    @AfterEach
    void clearThread() {
        TransportThreadState.current().lastConnect = null;
    }

    @Test
    void anUnclaimedConnectIsAnnouncedAfterItsGraceOnlyOnce() {
        transport.connected(new Object(), API, 2_000_000, true);
        long now = System.nanoTime();
        transport.unknowns().announceDue(now, false);
        assertEquals(List.of(), announced, "still within its grace");
        transport.unknowns().announceDue(now + UnknownConnects.GRACE_NANOS, false);
        assertEquals(1, announced.size());
        assertEquals("127.0.0.1:8080", announced.get(0).endpoint());
        assertEquals(2_000_000, announced.get(0).connectNanos());
        transport.unknowns().announceDue(now + 10 * UnknownConnects.GRACE_NANOS, true);
        assertEquals(1, announced.size());
    }

    @Test
    void atExitEveryUnclaimedConnectIsAnnouncedWithItsOwnId() {
        transport.connected(new Object(), API, 1_000, true);
        transport.connected(new Object(), API, 1_000, true);
        transport.unknowns().announceDue(System.nanoTime(), true);
        assertEquals(2, announced.size());
        assertEquals(announced.get(0).id() + 1, announced.get(1).id());
    }

    @Test
    void claimedConnectsAreNeverAnnounced() {
        Object byThread = new Object();
        Object bySocket = new Object();
        Object expected = new Object();
        transport.unknowns().expectClaim(expected);
        transport.connected(byThread, API, 1_000, true);
        transport.claimLast();
        transport.connected(bySocket, API, 1_000, true);
        transport.claim(bySocket);
        transport.connected(expected, API, 1_000, true); // claimed only later, by the channel it named beforehand
        transport.unknowns().announceDue(System.nanoTime() + UnknownConnects.GRACE_NANOS, false);
        assertEquals(List.of(), announced);
        transport.connected(new Object(), API, 1_000, true);
        transport.unknowns().announceDue(System.nanoTime(), true);
        assertEquals(1, announced.size(), "only the last one, at exit");
    }

    /** Keeps the unknown connects; every other event is the no-op sink's. */
    private static final class Announced implements EventSink {
        private final List<UnknownConnect> announced;

        Announced(List<UnknownConnect> announced) {
            this.announced = announced;
        }

        @Override
        public void opened(ConnectionRecord connection) {
            NONE.opened(connection);
        }

        @Override
        public void reused(ConnectionRecord connection, long idleNanos) {
            NONE.reused(connection, idleNanos);
        }

        @Override
        public void closed(ConnectionRecord connection, long ageNanos) {
            NONE.closed(connection, ageNanos);
        }

        @Override
        public void unknownConnect(UnknownConnect connect) {
            announced.add(connect);
        }

        @Override
        public boolean wantsReused() {
            return NONE.wantsReused();
        }
    }
}
