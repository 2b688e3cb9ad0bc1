package dev.reuseagent.client.apache5async;

import dev.reuseagent.client.apache.TrackingFixture;
import dev.reuseagent.model.Reason;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.transport.TransportTracker;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The HttpClient 5.x async hook logic, driven in the order the library calls the hooks (the manager's connect on
 * the application's thread, the TCP connect and the entry's new connection on an I/O thread), with stand-ins of
 * the library's objects that have the fields and methods the slice reads.
 */
class Apache5AsyncTrackingTest {

    private final TrackingFixture fixture = new TrackingFixture();
    private final ConnectionTracker tracker = fixture.tracker;
    private final TransportTracker transport = fixture.transport;
    private final Apache5AsyncTracking hooks = new Apache5AsyncTracking(tracker, transport);

    /** PoolingAsyncClientConnectionManager$InternalConnectionEndpoint: its pool entry in {@code poolEntryRef}. */
    static final class Endpoint {
        final AtomicReference<Object> poolEntryRef;

        Endpoint(Entry entry) {
            poolEntryRef = new AtomicReference<>(entry);
        }
    }

    /** PoolEntry: route, connection, expiry deadline. */
    public static final class Entry {
        Object connection;
        boolean expired;

        public Object getRoute() {
            return TrackingFixture.route("{}->[http://api.example:80]");
        }

        public Object getConnection() {
            return connection;
        }

        public Deadline getExpiryDeadline() {
            return new Deadline(expired);
        }
    }

    /** core5's Deadline. */
    public static final class Deadline {
        private final boolean expired;

        Deadline(boolean expired) {
            this.expired = expired;
        }

        public boolean isExpired() {
            return expired;
        }
    }

    /** DefaultManagedAsyncClientConnection: its {@code ioSession}, and whether it is open. */
    public static final class Connection {
        final Session ioSession = new Session();
        boolean open = true;

        public boolean isOpen() {
            return open;
        }
    }

    /** The I/O session: {@code channel()} is the SocketChannel the transport layer counted. */
    public static final class Session {
        final Object socketChannel = new Object();

        public Object channel() {
            return socketChannel;
        }
    }

    /**
     * The manager connects a new connection: connect on this thread; the TCP connect, the entry's new connection and
     * its first request on an "I/O thread".
     */
    private Connection openNew(Object manager, Entry entry) throws InterruptedException {
        hooks.connecting(manager, new Endpoint(entry));
        Connection connection = new Connection();
        Thread io = new Thread(new Runnable() {
            @Override
            public void run() {
                transport.connected(connection.ioSession.socketChannel, new InetSocketAddress("127.0.0.1", 80),
                        2_000_000, true);
                entry.connection = connection;
                hooks.executing(entry); // its first request, sent when it is connected
                hooks.requestSubmitted(connection);
            }
        });
        io.start();
        io.join();
        return connection;
    }

    private OriginStats.Snapshot stats() {
        return fixture.stats();
    }

    @Test
    void aNewConnectionClaimsItsChannelsConnectOnTheIoThread() throws InterruptedException {
        Connection connection = openNew(new Object(), new Entry());
        ConnectionRecord record = tracker.find(connection);
        assertNotNull(record);
        assertEquals(Reason.FIRST_USE, record.reason());
        assertFalse(transport.claimable(connection.ioSession.socketChannel), "the connect is attributed");
        assertEquals(1, stats().newConnections);
        assertEquals(2_000_000, stats().connectNanos);
    }

    @Test
    void leasedAgainIsReusedAndEveryHttp2StreamIsAnExchange() throws InterruptedException {
        Object manager = new Object();
        Connection connection = openNew(manager, new Entry());
        hooks.passivated(connection);
        hooks.activated(connection);
        hooks.requestSubmitted(connection);
        hooks.requestSubmitted(connection); // two more streams on one HTTP/2 connection
        OriginStats.Snapshot s = stats();
        assertEquals(3, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(2, s.reusedConnections);
    }

    @Test
    void anEntryWhoseConnectionIsOpenGetsNoNewConnection() throws InterruptedException {
        Object manager = new Object();
        Entry entry = new Entry();
        Connection first = openNew(manager, entry);
        hooks.connecting(manager, new Endpoint(entry)); // connect() returns at once: already connected
        hooks.executing(entry);
        hooks.requestSubmitted(first);
        assertNotNull(tracker.find(first));
        assertEquals(1, stats().newConnections);
        assertEquals(1, stats().reusedConnections);
    }

    @Test
    void requestsOnEntriesNotBeingConnectedOpenNothing() {
        Entry entry = new Entry();
        entry.connection = new Connection();
        hooks.executing(entry); // a connection from before the agent, or of a connect this slice did not see
        assertNull(tracker.find(entry.connection));
    }

    @Test
    void aConnectionManagerPerRequestIsNewClient() throws InterruptedException {
        Connection first = openNew(new Object(), new Entry());
        hooks.passivated(first);
        hooks.closing(first, "GRACEFUL");
        Connection second = openNew(new Object(), new Entry());
        assertEquals(Reason.NEW_CLIENT, tracker.find(second).reason());
    }

    @Test
    void aConnectionTheServerEndedIsServerClosedAndSoIsTheNext() throws InterruptedException {
        Object manager = new Object();
        Entry entry = new Entry();
        Connection first = openNew(manager, entry);
        hooks.passivated(first);
        first.open = false; // the server closed it; the next lease discards it
        hooks.closing(first, "IMMEDIATE");
        entry.connection = null;
        Connection second = openNew(manager, entry);
        assertEquals(Reason.SERVER_CLOSED, tracker.find(second).reason());
        assertEquals(1L, stats().closes.get("server-closed"));
    }

    @Test
    void aClosedConnectionIsForgotten() throws InterruptedException {
        Connection connection = openNew(new Object(), new Entry());
        hooks.closing(connection, null);
        assertNull(tracker.find(connection));
        hooks.closing(connection, null); // closed twice: counted once
        assertEquals(1L, stats().closes.get("unknown"));
    }
}
