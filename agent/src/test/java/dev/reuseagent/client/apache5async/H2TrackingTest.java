package dev.reuseagent.client.apache5async;

import dev.reuseagent.client.apache.TrackingFixture;
import dev.reuseagent.model.Reason;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.transport.TransportTracker;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The HTTP/2-only client's hook logic ({@code HttpAsyncClients.customHttp2()}), driven as the library does: the
 * session pool connects on the asking thread, the TCP connect and the first stream follow on an I/O thread; with
 * stand-ins that have the fields and methods the slice reads.
 */
class H2TrackingTest {

    private final TrackingFixture fixture = new TrackingFixture();
    private final ConnectionTracker tracker = fixture.tracker;
    private final TransportTracker transport = fixture.transport;
    private final H2Tracking hooks = new H2Tracking(tracker, transport);

    /** The IOSession: {@code channel()} is the SocketChannel the transport layer counted. */
    public static final class Session {
        final Object socketChannel = new Object();

        public Object channel() {
            return socketChannel;
        }
    }

    /** InternalH2AsyncExecRuntime$Endpoint: route and session. */
    static final class Endpoint {
        final Object route = TrackingFixture.route("{}->[http://api.example:80]");
        final Session session;

        Endpoint(Session session) {
            this.session = session;
        }
    }

    /** InternalH2ConnPool: its {@code sessionPool}. */
    static final class ConnPool {
        final Object sessionPool = new Object();
    }

    /** A new session from {@code pool}, its first stream: as the library does it. */
    private Session connectAndSend(ConnPool pool) throws InterruptedException {
        hooks.connecting(pool.sessionPool);
        Session session = new Session();
        Thread io = new Thread(new Runnable() {
            @Override
            public void run() {
                transport.connected(session.socketChannel, new InetSocketAddress("127.0.0.1", 80), 1_000_000, true);
                hooks.executing(new Endpoint(session), pool);
            }
        });
        io.start();
        io.join();
        return session;
    }

    @Test
    void everyStreamAfterTheFirstIsReused() throws InterruptedException {
        ConnPool pool = new ConnPool();
        Session session = connectAndSend(pool);
        assertFalse(transport.claimable(session.socketChannel), "the connect is attributed");
        hooks.executing(new Endpoint(session), pool);
        hooks.executing(new Endpoint(session), pool);
        OriginStats.Snapshot s = fixture.stats();
        assertEquals(3, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(2, s.reusedConnections);
        assertEquals(1_000_000, s.connectNanos);
    }

    @Test
    void aClientPerRequestIsNewClient() throws InterruptedException {
        connectAndSend(new ConnPool());
        Session second = connectAndSend(new ConnPool());
        assertEquals(Reason.NEW_CLIENT, tracker.find(second).reason());
    }
}
