package dev.reuseagent.transport;

import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.SiteFinder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Connects no client claims stay "unknown", with their own sites; a claim moves one to its client. */
class TransportTrackerUnknownTest {

    private static final InetSocketAddress API = InetSocketAddress.createUnresolved("api.example.com", 443);
    private final TransportTracker transport = new TransportTracker(100, new SiteFinder(false, List.of(), List.of()));
    private final ConnectionTracker tracker = new ConnectionTracker(EventSink.NONE, HostFilter.all(), 100,
            System::nanoTime);

    @BeforeEach
    void noConnectYet() {
        TransportThreadState.current().lastConnect = null;
    }

    private EndpointStats.Snapshot api() {
        return EndpointSnapshots.of(transport, "api.example.com:443");
    }

    @Test
    void connectsNoClientClaimsCountAsUnknown() {
        transport.connected(new Object(), API, 1_000, true);
        transport.connected(new Object(), API, 1_000, true);
        EndpointStats.Snapshot e = api();
        assertEquals(2, e.unattributed());
        assertEquals(Map.of("unknown", 2L), e.clients);
    }

    @Test
    void aClaimedConnectCountsForItsClient() {
        transport.connected(new Object(), API, 1_000, true);
        TransportConnect claimed = TransportThreadState.current().lastConnect;
        transport.connected(new Object(), API, 1_000, true);
        ConnectionRecord record = tracker.opened(new Object(), "okhttp", Origin.of("https", "api.example.com", -1),
                "pool", 0, 1_000, null, 1);
        transport.attribute(claimed, record);
        EndpointStats.Snapshot e = api();
        assertEquals(1, e.unattributed());
        assertEquals(Map.of("okhttp", 1L, "unknown", 1L), e.clients);
    }
}
