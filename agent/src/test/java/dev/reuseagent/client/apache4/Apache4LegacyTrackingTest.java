package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache.ApacheThreadState;
import dev.reuseagent.client.apache.TrackingFixture;
import dev.reuseagent.model.Reason;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.OriginStats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The legacy API's hook logic, driven in the order DefaultRequestDirector calls the hooks, without the library:
 * the legacy tracking (lease, open, head, release, close) and the modern one (the exchange) on one thread state.
 */
class Apache4LegacyTrackingTest {

    private static final Object ROUTE = TrackingFixture.route("{}->http://api.example:80");

    private final TrackingFixture fixture = new TrackingFixture();
    private final ConnectionTracker tracker = fixture.tracker;
    private final Apache4LegacyTracking legacy = new Apache4LegacyTracking(tracker, fixture.transport, false);
    private final Apache4Tracking modern = new Apache4Tracking(tracker, fixture.transport, false);
    private final LegacyLease lease = new LegacyLease();
    private ApacheThreadState state;

    @BeforeEach
    void freshThreadState() {
        state = fixture.freshThreadState();
    }

    /** One request: lease {@code connection} from {@code manager}, open it if it is not, one exchange, release. */
    private void request(Object manager, Object connection, boolean open) {
        legacy.leaseStarting(state, lease, manager, ROUTE);
        legacy.leaseEnded(state, lease, connection, false);
        if (!open) {
            legacy.opened(state, lease, connection);
        }
        modern.exchangeStarting(state);
        legacy.responseHead(state, connection);
        modern.exchangeEnded(state, null);
        legacy.released(lease, connection);
    }

    @Test
    void aSharedManagerOpensOnceAndReuses() {
        Object manager = new Object();
        Object connection = new Object();
        request(manager, connection, false);
        assertEquals(Reason.FIRST_USE, tracker.find(connection).reason());
        request(manager, connection, true);
        request(manager, connection, true);
        OriginStats.Snapshot s = fixture.stats();
        assertEquals(3, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(2, s.reusedConnections);
    }

    @Test
    void aManagerPerRequestIsNewClient() {
        Object first = new Object();
        request(new Object(), first, false);
        legacy.closing(state, first);
        Object second = new Object();
        request(new Object(), second, false);
        assertEquals(Reason.NEW_CLIENT, tracker.find(second).reason());
        assertEquals(2, fixture.stats().newConnections);
    }

    @Test
    void aConnectionFoundStaleIsReopenedAsANewOne() {
        Object manager = new Object();
        Object connection = new Object();
        request(manager, connection, false);
        // the next lease hands it out open; the stale check closes it; the director reopens the same object
        legacy.leaseStarting(state, lease, manager, ROUTE);
        legacy.leaseEnded(state, lease, connection, false);
        legacy.closing(state, connection);
        assertNull(tracker.find(connection));
        legacy.opened(state, lease, connection);
        modern.exchangeStarting(state);
        legacy.responseHead(state, connection);
        modern.exchangeEnded(state, null);
        OriginStats.Snapshot s = fixture.stats();
        assertEquals(2, s.newConnections);
        assertEquals(2, s.requests);
    }

    @Test
    void anOpenWithoutAHookedLeaseIsLeftToTheTransportLayer() {
        Object connection = new Object();
        legacy.opened(state, lease, connection);
        assertNull(tracker.find(connection));
    }
}
