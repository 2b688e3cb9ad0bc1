package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache.ApacheCallers.Caller;
import dev.reuseagent.model.CloseCause;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Close causes from caller stacks as httpclient 4.5.14 / httpcore 4.4.16 produce them (nearest first). */
class Apache4CloseCausesTest {

    private static final String ENTRY = "org.apache.http.impl.conn.CPoolEntry#closeConnection";
    private static final String ENTRY_CLOSE = "org.apache.http.impl.conn.CPoolEntry#close";
    private static final String PROXY = "org.apache.http.impl.conn.CPoolProxy#close";
    private static final String HOLDER = "org.apache.http.impl.execchain.ConnectionHolder#";
    private static final String POOL = "org.apache.http.pool.AbstractConnPool#";
    private static final String APP = "com.acme.Job#run";

    private static CloseCause classify(boolean reused, boolean sameOrigin, boolean exchanged, String... frames) {
        List<Caller> callers = new ArrayList<>();
        for (String f : frames) {
            int hash = f.indexOf('#');
            callers.add(new Caller(f.substring(0, hash), f.substring(hash + 1)));
        }
        return Apache4CloseCauses.classify(callers, reused, sameOrigin, exchanged);
    }

    @Test
    void aNonReusableReleaseIsServerClosed() {
        assertEquals(CloseCause.SERVER_CLOSED, classify(false, true, true, ENTRY, PROXY, HOLDER + "releaseConnection",
                HOLDER + "releaseConnection", "org.apache.http.impl.execchain.ResponseEntityProxy#releaseConnection",
                "org.apache.http.impl.execchain.ResponseEntityProxy#eofDetected", APP));
        assertEquals(CloseCause.SERVER_CLOSED, classify(false, true, true, ENTRY, PROXY, HOLDER + "releaseConnection",
                HOLDER + "releaseConnection", "org.apache.http.impl.execchain.MainClientExec#execute"));
    }

    @Test
    void aResponseClosedUnreadIsBodyNotConsumed() {
        assertEquals(CloseCause.BODY_NOT_CONSUMED, classify(false, true, true, ENTRY, PROXY,
                HOLDER + "releaseConnection", HOLDER + "close",
                "org.apache.http.impl.execchain.HttpResponseProxy#close", APP));
        assertEquals(CloseCause.BODY_NOT_CONSUMED, classify(false, true, true, "org.apache.http.impl.conn"
                + ".CPoolEntry#shutdownConnection", "org.apache.http.impl.conn.CPoolProxy#shutdown",
                HOLDER + "abortConnection", "org.apache.http.impl.execchain.ResponseEntityProxy#abortConnection"));
    }

    @Test
    void failedExchangesAndStaleChecks() {
        String[] failed = {ENTRY, PROXY, "org.apache.http.protocol.HttpRequestExecutor#closeConnection",
                "org.apache.http.protocol.HttpRequestExecutor#execute"};
        assertEquals(CloseCause.STALE, classify(true, true, true, failed));
        assertEquals(CloseCause.UNKNOWN, classify(false, true, true, failed));
        assertEquals(CloseCause.STALE, classify(true, true, false, ENTRY, ENTRY_CLOSE,
                "org.apache.http.pool.AbstractConnPool$2#get"));
        String[] direct = {ENTRY, PROXY, "org.apache.http.impl.execchain.MainClientExec#execute"};
        assertEquals(CloseCause.STALE, classify(true, true, false, direct), "the stale connection check");
        assertEquals(CloseCause.AUTH_CHALLENGE, classify(true, true, true, direct), "an auth round");
    }

    @Test
    void poolEvictionsAndShutdown() {
        String[] lease = {ENTRY, ENTRY_CLOSE, POOL + "getPoolEntryBlocking", "org.apache.http.pool.AbstractConnPool$2#get"};
        assertEquals(CloseCause.IDLE_TIMEOUT, classify(true, true, false, lease));
        assertEquals(CloseCause.POOL_FULL, classify(true, false, false, lease));
        assertEquals(CloseCause.IDLE_TIMEOUT, classify(true, true, false, ENTRY, ENTRY_CLOSE,
                "org.apache.http.pool.AbstractConnPool$4#process", POOL + "enumAvailable", POOL + "closeIdle",
                "org.apache.http.impl.conn.PoolingHttpClientConnectionManager#closeIdleConnections",
                "org.apache.http.impl.client.IdleConnectionEvictor$1#run"));
        assertEquals(CloseCause.APP_CLOSED, classify(true, true, false, ENTRY, ENTRY_CLOSE, POOL + "shutdown",
                "org.apache.http.impl.conn.PoolingHttpClientConnectionManager#shutdown",
                "org.apache.http.impl.client.HttpClientBuilder$2#close",
                "org.apache.http.impl.client.InternalHttpClient#close", APP));
        assertEquals(CloseCause.APP_CLOSED, classify(true, true, false, "org.apache.http.impl.conn"
                + ".CPoolEntry#shutdownConnection", "org.apache.http.impl.conn.CPoolProxy#shutdown",
                HOLDER + "abortConnection", HOLDER + "cancel"));
        assertEquals(CloseCause.UNKNOWN, classify(true, true, false, ENTRY, APP));
    }
}
