package dev.reuseagent.client.apache4;

import dev.reuseagent.config.DrainBound;
import dev.reuseagent.config.PoolSize;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.SiteFinder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounded read under the drain repair: to the end within the bytes and time, the socket timeout restored. */
class Apache4DrainTest {

    /** Stands for the pooled connection: records the socket timeouts set on it. */
    public static final class FakeConnection {
        final List<Integer> timeouts = new ArrayList<>();
        int timeout = 30_000;

        public int getSocketTimeout() {
            return timeout;
        }

        public void setSocketTimeout(int ms) {
            timeouts.add(ms);
            timeout = ms;
        }
    }

    private static Apache4Drain drain(long maxNanos, long maxBytes) {
        return new Apache4Drain(new Enforcement("apache4", "apache", new SiteFinder(false, List.of(), List.of()),
                new DrainBound(maxNanos, maxBytes), PoolSize.CLIENT_DEFAULT),
                new ConnectionTracker(EventSink.NONE, new HostFilter(List.of(), List.of()), 10));
    }

    @Test
    void readsToTheEndWithinTheBoundAndRestoresTheTimeout() throws Exception {
        FakeConnection connection = new FakeConnection();
        long read = drain(1_000_000_000L, 1024).drain(new ByteArrayInputStream(new byte[1024]), connection);
        assertEquals(1024, read);
        assertEquals(30_000, connection.timeout, "restored");
        assertTrue(connection.timeouts.get(0) <= 1000, connection.timeouts::toString);
    }

    @Test
    void moreThanTheByteBoundIsGivenUpAndTheConnectionLeftReadyToCloseAtOnce() throws Exception {
        FakeConnection connection = new FakeConnection();
        assertEquals(-1, drain(1_000_000_000L, 1023).drain(new ByteArrayInputStream(new byte[1024]), connection));
        assertEquals(1, connection.timeout, "closed next: a TLS close must not wait for the rest of a record");
    }

    @Test
    void anInfiniteTimeoutStaysInfinite() throws Exception {
        FakeConnection connection = new FakeConnection();
        connection.timeout = 0;
        assertEquals(-1, drain(1_000_000_000L, 10).drain(new ByteArrayInputStream(new byte[1024]), connection));
        assertEquals(0, connection.timeout, "SSLSocketImpl#close does not read when the timeout is 0");
    }

    @Test
    void aReadThatTimesOutAtTheBoundIsGivenUp() throws Exception {
        FakeConnection connection = new FakeConnection();
        InputStream stalled = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new SocketTimeoutException("Read timed out");
            }
        };
        assertEquals(-1, drain(100_000_000L, 1024).drain(stalled, connection));
        assertEquals(List.of(100, 1), connection.timeouts);
    }

    @Test
    void anEmptyRemainderIsDrainedEvenWithAZeroByteBound() throws Exception {
        assertEquals(0, drain(1_000_000_000L, 0).drain(new ByteArrayInputStream(new byte[0]), new FakeConnection()));
    }
}
