package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache.ApacheCallers.Caller;
import dev.reuseagent.model.CloseCause;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Close causes of the legacy API from caller stacks as httpclient 4.5.14 produces them (nearest first). */
class Apache4LegacyCloseCausesTest {

    private static final String CONN = "org.apache.http.impl.conn.";
    private static final String SHUTDOWN = CONN + "DefaultClientConnection#shutdown";
    private static final String CLOSE = CONN + "DefaultClientConnection#close";
    private static final String MANAGED = CONN + "ManagedClientConnectionImpl#";
    private static final String ADAPTER = CONN + "AbstractClientConnAdapter#";
    private static final String DIRECTOR = "org.apache.http.impl.client.DefaultRequestDirector#";
    private static final String APP = "com.acme.Job#run";

    private static CloseCause classify(boolean reused, boolean sameOrigin, boolean exchanged, boolean byApp,
            String... frames) {
        List<Caller> callers = new ArrayList<>();
        for (String f : frames) {
            int hash = f.indexOf('#');
            callers.add(new Caller(f.substring(0, hash), f.substring(hash + 1)));
        }
        return Apache4LegacyCloseCauses.classify(callers, reused, sameOrigin, exchanged, byApp);
    }

    @Test
    void aNonReusableReleaseIsTheServersOrTheApplicationsChoice() {
        String[] pooling = {SHUTDOWN, MANAGED + "shutdown", CONN + "PoolingClientConnectionManager#releaseConnection",
                MANAGED + "releaseConnection", "org.apache.http.conn.BasicManagedEntity#releaseManagedConnection",
                "org.apache.http.conn.BasicManagedEntity#eofDetected", APP};
        assertEquals(CloseCause.SERVER_CLOSED, classify(false, true, true, false, pooling));
        assertEquals(CloseCause.APP_CLOSED, classify(false, true, true, true, pooling), "Connection: close asked");
        assertEquals(CloseCause.SERVER_CLOSED, classify(true, true, true, false, SHUTDOWN,
                CONN + "AbstractPooledConnAdapter#shutdown",
                CONN + "tsccm.ThreadSafeClientConnManager#releaseConnection", ADAPTER + "releaseConnection",
                DIRECTOR + "releaseConnection", DIRECTOR + "execute"));
    }

    @Test
    void shuttingDownAManagerIsAppClosed() {
        assertEquals(CloseCause.APP_CLOSED, classify(true, true, true, false, CLOSE, CONN + "HttpPoolEntry#close",
                "org.apache.http.pool.AbstractConnPool#shutdown", CONN + "PoolingClientConnectionManager#shutdown",
                "org.apache.http.impl.client.AbstractHttpClient#close", APP));
        assertEquals(CloseCause.APP_CLOSED, classify(true, true, true, false, CLOSE,
                CONN + "tsccm.ConnPoolByRoute#closeConnection", CONN + "tsccm.ConnPoolByRoute#shutdown",
                CONN + "tsccm.ThreadSafeClientConnManager#shutdown", APP));
        assertEquals(CloseCause.APP_CLOSED, classify(true, true, true, false, CLOSE, CONN + "HttpPoolEntry#close",
                CONN + "BasicClientConnectionManager#finalize"));
    }

    @Test
    void abortsAreTheApplicationsOrAnUnreadBody() {
        assertEquals(CloseCause.APP_CLOSED, classify(true, true, true, false, SHUTDOWN, MANAGED + "abortConnection",
                "org.apache.http.client.methods.AbstractExecutionAwareRequest#abort", APP));
        assertEquals(CloseCause.APP_CLOSED, classify(true, true, true, false, SHUTDOWN, MANAGED + "abortConnection",
                APP));
        assertEquals(CloseCause.BODY_NOT_CONSUMED, classify(true, true, true, false, SHUTDOWN,
                ADAPTER + "abortConnection", "org.apache.http.conn.BasicManagedEntity#streamAbort",
                "org.apache.http.conn.EofSensorInputStream#checkAbort", APP));
        assertEquals(CloseCause.STALE, classify(true, true, true, false, SHUTDOWN, MANAGED + "abortConnection",
                DIRECTOR + "abortConnection", DIRECTOR + "execute"), "an exchange failed on a reused connection");
    }

    @Test
    void theDirectorsOwnCloses() {
        String[] execute = {CLOSE, MANAGED + "close", DIRECTOR + "execute", APP};
        assertEquals(CloseCause.STALE, classify(true, true, false, false, execute), "the stale connection check");
        assertEquals(CloseCause.SERVER_CLOSED, classify(true, true, true, false, execute), "a follow-up, not kept");
        assertEquals(CloseCause.STALE, classify(true, true, true, false, CLOSE, MANAGED + "close",
                DIRECTOR + "tryExecute", DIRECTOR + "execute"));
        assertEquals(CloseCause.UNKNOWN, classify(false, true, false, false, CLOSE, MANAGED + "close",
                DIRECTOR + "tryConnect", DIRECTOR + "execute"));
    }

    @Test
    void expiredAndEvictedConnections() {
        assertEquals(CloseCause.IDLE_TIMEOUT, classify(true, true, false, false, CLOSE, CONN + "HttpPoolEntry#close",
                "org.apache.http.pool.AbstractConnPool#getPoolEntryBlocking"));
        assertEquals(CloseCause.POOL_FULL, classify(true, false, false, false, CLOSE, CONN + "HttpPoolEntry#close",
                CONN + "BasicClientConnectionManager#getConnection"), "another route's connection");
        assertEquals(CloseCause.IDLE_TIMEOUT, classify(true, true, false, false, CLOSE,
                CONN + "tsccm.ConnPoolByRoute#closeConnection", CONN + "tsccm.ConnPoolByRoute#getFreeEntry"));
        assertEquals(CloseCause.POOL_FULL, classify(true, true, false, false, CLOSE,
                CONN + "tsccm.ConnPoolByRoute#closeConnection", CONN + "tsccm.ConnPoolByRoute#deleteLeastUsedEntry"));
        assertEquals(CloseCause.IDLE_TIMEOUT, classify(true, true, false, false, SHUTDOWN,
                CONN + "SingleClientConnManager$PoolEntry#shutdown", CONN + "SingleClientConnManager#closeExpiredConnections",
                CONN + "SingleClientConnManager#getConnection"));
        assertEquals(CloseCause.UNKNOWN, classify(true, true, true, false, CLOSE, APP), "the application's own close");
    }
}
