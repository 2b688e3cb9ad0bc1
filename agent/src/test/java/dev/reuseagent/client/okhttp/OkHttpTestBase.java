package dev.reuseagent.client.okhttp;

import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.track.RecordingSink;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportThreadState;
import dev.reuseagent.transport.TransportTracker;
import org.junit.jupiter.api.BeforeEach;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the OkHttp tracking tests share. They drive the OkHttp hook logic in the order OkHttp 4.12 and 5.x call the
 * hooks (see OkHttpInstrumentation), with plain objects standing in for OkHttp's: {@code pool} for a
 * RealConnectionPool, {@code connection()} for a RealConnection, {@code call} for a RealCall.
 */
abstract class OkHttpTestBase {

    static final Origin ORIGIN = Origin.of("http", "api.example", 80);
    static final long KEEP_ALIVE = 5_000_000_000L;
    static final Object REQUEST_SAID_CLOSE = new Object();

    final RecordingSink sink = new RecordingSink(false);
    final ConnectionTracker tracker = new ConnectionTracker(sink,
            new HostFilter(List.of(), List.of()), 100, System::nanoTime);
    final TransportTracker transport = new TransportTracker(100, new SiteFinder(true, List.of(), List.of()));
    final FakeApi api = new FakeApi();
    final OkHttpTracking hooks = new OkHttpTracking(tracker, transport, false, api);
    final Object pool = new Object();
    OkHttpThreadState thread;

    @BeforeEach
    void freshThreadState() {
        thread = new OkHttpThreadState(TransportThreadState.current());
        thread.thread.lastConnect = null;
    }

    /** OkHttp objects the way the fake API reads them. */
    static final class FakeApi implements OkHttpApi {
        final Map<Object, Origin> origins = new IdentityHashMap<>();
        final Map<Object, Object> sslFactories = new IdentityHashMap<>();

        @Override
        public Origin origin(Object connection) {
            return origins.get(connection);
        }

        @Override
        public Object sslSocketFactory(Object connection) {
            return sslFactories.get(connection);
        }

        @Override
        public boolean requestAsksClose(Object response) {
            return response == REQUEST_SAID_CLOSE;
        }

        @Override
        public boolean canceled(Object call) {
            return false;
        }

        @Override
        public Origin originOfRoute(Object route) {
            return origins.get(route);
        }

        @Override
        public boolean callCanceled(Object connection) {
            return false;
        }
    }

    Object connection() {
        Object connection = new Object();
        api.origins.put(connection, ORIGIN);
        return connection;
    }

    /** A call that finds nothing in the pool and opens {@code connection}: misses, connect, put, acquire. */
    ConnectionRecord open(Object pool, Object connection, Object call) {
        hooks.poolMissed(thread, call);
        hooks.poolMissed(thread, call); // 4.12 asks again after DNS; 5.x again after planning the route
        hooks.pooled(thread, pool, connection);
        hooks.acquired(thread, connection);
        return tracker.find(connection);
    }

    /** One exchange on the connection the call holds: codec, request, response head. */
    void exchange(Object connection) {
        Object codec = new Object();
        hooks.exchangeStarting(thread, connection, codec, false, pool);
        hooks.responseHead(thread, codec);
    }

    /** The body was read and closed: the last call releases the connection and the pool keeps it. */
    void release(Object connection) {
        hooks.closes.becameIdle(connection, false, 5);
    }

    OriginStats.Snapshot stats() {
        for (OriginStats s : tracker.origins()) {
            if (s.label().equals(ORIGIN.toString())) {
                return s.snapshot();
            }
        }
        throw new AssertionError("no stats for " + ORIGIN);
    }
}
