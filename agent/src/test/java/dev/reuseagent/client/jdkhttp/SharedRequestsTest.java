package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.config.DrainBound;
import dev.reuseagent.config.PoolSize;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.model.Origin;
import dev.reuseagent.report.EnforcedCount;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.RecordingSink;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportThreadState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The shared-client avoided count, on the connection: a caller's first request on a connection another opened. */
class SharedRequestsTest {

    private static final Origin ORIGIN = Origin.of("http", "api.example", 80);

    private final Enforcement enforcement = new Enforcement("jdkhttp", "jdkhttp",
            new SiteFinder(true, List.of(), List.of()), DrainBound.DEFAULT, PoolSize.CLIENT_DEFAULT);
    private final ConnectionTracker tracker = new ConnectionTracker(new RecordingSink(false),
            new HostFilter(List.of(), List.of()), 100, System::nanoTime);
    private final SharedClients clients = new SharedClients();
    private final SharedRequests requests = new SharedRequests(enforcement, clients);
    private final JdkHttpThreadState thread = new JdkHttpThreadState(TransportThreadState.current());
    private final ClientConfig config = new ClientConfig(new Object[0], new Object[] {"HTTP_1_1"});

    /** One request sent on {@code client}, answered on {@code connection} (its record). */
    private void exchange(Object client, ConnectionRecord record) {
        Object handle = requests.sending(thread, client);
        Object request = new Object();
        requests.requestCreated(thread, request);
        requests.sent(thread, handle);
        tracker.exchangeDone(record, true);
        requests.exchanged(record, request);
    }

    private ConnectionRecord open(Object connection) {
        return tracker.opened(connection, "jdkhttp", ORIGIN, "jdkhttp client#1", System.nanoTime(), 0, null, 1);
    }

    private long avoided() {
        for (EnforcedCount c : enforcement.counts()) {
            if (c.repair().equals(JdkHttpSharing.REPAIR)) {
                return c.avoided();
            }
        }
        return 0;
    }

    private Object share(SharedClients.Entry entry) {
        Object handle = new Object();
        clients.lookUp(config, new Object());
        clients.handedOut(handle, entry);
        return handle;
    }

    @Test
    void eachCallerCountsOnceOnAConnectionAnotherCallerOpened() {
        Object first = new Object();
        SharedClients.Entry entry = clients.lookUp(config, first).entry;
        ConnectionRecord opened = open(new Object());
        exchange(first, opened); // before sharing: not followed
        Object second = share(entry);
        exchange(second, opened);
        exchange(second, opened);
        assertEquals(1, avoided(), "opened before the client was shared: by the first caller");
        Object third = share(entry);
        ConnectionRecord own = open(new Object());
        exchange(third, own);
        exchange(third, opened);
        exchange(first, own);
        assertEquals(3, avoided());
    }

    @Test
    void aClientNeverSharedIsNotFollowed() {
        Object only = new Object();
        clients.lookUp(config, only);
        requests.sending(thread, only);
        assertNull(thread.sendingOn);
        exchange(only, open(new Object()));
        assertEquals(0, avoided());
    }
}
