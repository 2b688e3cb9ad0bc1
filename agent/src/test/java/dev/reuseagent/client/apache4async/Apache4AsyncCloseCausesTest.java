package dev.reuseagent.client.apache4async;

import dev.reuseagent.client.apache.ApacheCallers.Caller;
import dev.reuseagent.client.apache4async.Apache4AsyncCloseCauses.EntryState;
import dev.reuseagent.model.CloseCause;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Close causes from caller stacks as httpasyncclient 4.1.5 / httpcore-nio 4.4.15 produce them (nearest first). */
class Apache4AsyncCloseCausesTest {

    private static final String ENTRY = "org.apache.http.impl.nio.conn.CPoolEntry#closeConnection";
    private static final String ENTRY_CLOSE = "org.apache.http.impl.nio.conn.CPoolEntry#close";
    private static final String POOL = "org.apache.http.nio.pool.AbstractNIOConnPool#";
    private static final String MANAGER = "org.apache.http.impl.nio.conn.PoolingNHttpClientConnectionManager#";
    private static final String HANDLER = "org.apache.http.impl.nio.client.AbstractClientExchangeHandler#";

    private static CloseCause classify(EntryState state, String... frames) {
        List<Caller> callers = new ArrayList<>();
        for (String f : frames) {
            int hash = f.indexOf('#');
            callers.add(new Caller(f.substring(0, hash), f.substring(hash + 1)));
        }
        return Apache4AsyncCloseCauses.classify(callers, state);
    }

    @Test
    void theClientsCloseShutsThePoolDown() {
        assertEquals(CloseCause.APP_CLOSED, classify(EntryState.OPEN, ENTRY, ENTRY_CLOSE, POOL + "shutdown",
                MANAGER + "shutdown", "org.apache.http.impl.nio.client.CloseableHttpAsyncClientBase#close",
                "com.acme.Job#run"));
    }

    @Test
    void aLeaseThatFindsItsFreeEntryDeadExpiredOrOverTheLimit() {
        String[] lease = {ENTRY, ENTRY_CLOSE, POOL + "processPendingRequest", POOL + "lease"};
        assertEquals(CloseCause.STALE, classify(EntryState.CLOSED, lease));
        assertEquals(CloseCause.IDLE_TIMEOUT, classify(EntryState.EXPIRED, lease));
        assertEquals(CloseCause.POOL_FULL, classify(EntryState.OPEN, lease));
    }

    @Test
    void idleEvictionIsIdleTimeout() {
        assertEquals(CloseCause.IDLE_TIMEOUT, classify(EntryState.OPEN, ENTRY, ENTRY_CLOSE, POOL + "closeIdle",
                MANAGER + "closeIdleConnections"));
        assertEquals(CloseCause.IDLE_TIMEOUT, classify(EntryState.OPEN, ENTRY, ENTRY_CLOSE, POOL + "release",
                MANAGER + "closeExpiredConnections"));
    }

    @Test
    void aReleaseAfterTheExchangeSaysWhy() {
        assertEquals(CloseCause.SERVER_CLOSED, classify(EntryState.CLOSED, ENTRY, ENTRY_CLOSE, POOL + "release",
                MANAGER + "releaseConnection", HANDLER + "releaseConnection"));
        assertEquals(CloseCause.UNKNOWN, classify(EntryState.OPEN, ENTRY, ENTRY_CLOSE, POOL + "release",
                MANAGER + "releaseConnection", HANDLER + "discardConnection", HANDLER + "failed"));
    }

    @Test
    void theApplicationClosingItIsUnknown() {
        assertEquals(CloseCause.UNKNOWN, classify(EntryState.OPEN, ENTRY, "com.acme.Job#run"));
    }

    /** A CPoolEntry's state as the pool sees it: its expiry and whether its connection is closed. */
    public static final class FakeEntry {
        private final long expiry;
        private final boolean closed;

        FakeEntry(long expiry, boolean closed) {
            this.expiry = expiry;
            this.closed = closed;
        }

        public long getExpiry() {
            return expiry;
        }

        public boolean isClosed() {
            return closed;
        }
    }

    @Test
    void anExpiredEntryIsExpiredEvenIfTheServerAlsoClosedIt() {
        long past = System.currentTimeMillis() - 1000;
        long never = Long.MAX_VALUE;
        assertEquals(EntryState.EXPIRED, Apache4AsyncCloseCauses.closedOrExpired(new FakeEntry(past, true)));
        assertEquals(EntryState.CLOSED, Apache4AsyncCloseCauses.closedOrExpired(new FakeEntry(never, true)));
        assertEquals(EntryState.OPEN, Apache4AsyncCloseCauses.closedOrExpired(new FakeEntry(never, false)));
        assertEquals(EntryState.OPEN, Apache4AsyncCloseCauses.closedOrExpired(new Object()), "unreadable");
    }
}
