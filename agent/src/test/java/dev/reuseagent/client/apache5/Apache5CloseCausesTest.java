package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache.ApacheCallers.Caller;
import dev.reuseagent.model.CloseCause;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Close causes from caller stacks as HttpClient 5.5.1 / httpcore5 5.3.6 produce them (nearest first). */
class Apache5CloseCausesTest {

    private static final String CONN = "org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection#close";
    private static final String DISCARD = "org.apache.hc.core5.pool.PoolEntry#discardConnection";
    private static final String DISPOSE = "org.apache.hc.core5.pool.DefaultDisposalCallback#execute";
    private static final String RUNTIME = "org.apache.hc.client5.http.impl.classic.InternalExecRuntime#";
    private static final String APP = "com.acme.Job#run";

    private static List<Caller> stack(String... frames) {
        List<Caller> callers = new ArrayList<>();
        for (String f : frames) {
            int hash = f.indexOf('#');
            callers.add(new Caller(f.substring(0, hash), f.substring(hash + 1)));
        }
        return callers;
    }

    private static CloseCause classify(String mode, boolean reused, boolean sameOrigin, String... frames) {
        return Apache5CloseCauses.classify(stack(frames), mode, reused, sameOrigin);
    }

    @Test
    void aFailedExchangeOnAReusedConnectionIsStale() {
        String[] frames = {CONN, "org.apache.hc.core5.io.Closer#close",
                "org.apache.hc.core5.http.impl.io.HttpRequestExecutor#execute", APP};
        assertEquals(CloseCause.STALE, classify("IMMEDIATE", true, true, frames));
        assertEquals(CloseCause.UNKNOWN, classify("IMMEDIATE", false, true, frames));
    }

    @Test
    void theLeaseDiscardsStaleAndExpiredConnections() {
        String[] frames = {CONN, DISPOSE, DISCARD,
                "org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager$3#get", RUNTIME + "acquireEndpoint"};
        assertEquals(CloseCause.STALE, classify("IMMEDIATE", true, true, frames));
        assertEquals(CloseCause.IDLE_TIMEOUT, classify("GRACEFUL", true, true, frames));
    }

    @Test
    void thePoolExpiresIdleConnectionsOfTheRouteAndEvictsOthersAtItsLimit() {
        String[] frames = {CONN, DISPOSE, DISCARD, "org.apache.hc.core5.pool.StrictConnPool#processPendingRequest",
                "org.apache.hc.core5.pool.StrictConnPool#lease", RUNTIME + "acquireEndpoint"};
        assertEquals(CloseCause.IDLE_TIMEOUT, classify("GRACEFUL", true, true, frames));
        assertEquals(CloseCause.POOL_FULL, classify("GRACEFUL", true, false, frames));
        assertEquals(CloseCause.IDLE_TIMEOUT, classify("GRACEFUL", true, true, CONN, DISPOSE, DISCARD,
                "org.apache.hc.core5.pool.StrictConnPool#lambda$closeIdle$0",
                "org.apache.hc.client5.http.impl.IdleConnectionEvictor#lambda$new$0"));
    }

    @Test
    void closingTheClientIsAppClosed() {
        assertEquals(CloseCause.APP_CLOSED, classify("GRACEFUL", true, true, CONN, DISPOSE, DISCARD,
                "org.apache.hc.core5.pool.StrictConnPool$PerRoutePool#shutdown",
                "org.apache.hc.core5.pool.StrictConnPool#close",
                "org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager#close",
                "org.apache.hc.client5.http.impl.classic.InternalHttpClient#close", APP));
        assertEquals(CloseCause.APP_CLOSED, classify("IMMEDIATE", true, true, CONN, DISCARD,
                "org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager$InternalConnectionEndpoint#close",
                RUNTIME + "discardEndpoint", RUNTIME + "cancel"));
    }

    @Test
    void aNonReusableReleaseIsServerClosed() {
        assertEquals(CloseCause.SERVER_CLOSED, classify("IMMEDIATE", false, true, CONN, DISCARD,
                "org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager$InternalConnectionEndpoint#close",
                RUNTIME + "discardEndpoint", RUNTIME + "releaseEndpoint",
                "org.apache.hc.client5.http.impl.classic.ResponseEntityProxy#releaseConnection",
                "org.apache.hc.client5.http.impl.classic.ResponseEntityProxy#eofDetected", APP));
    }

    @Test
    void aResponseClosedImmediatelyOrAbortedIsBodyNotConsumed() {
        assertEquals(CloseCause.BODY_NOT_CONSUMED, classify(null, false, true, CONN,
                RUNTIME + "disconnectEndpoint",
                "org.apache.hc.client5.http.impl.classic.CloseableHttpResponse#lambda$new$0",
                "org.apache.hc.client5.http.impl.classic.CloseableHttpResponse#doClose", APP));
        assertEquals(CloseCause.BODY_NOT_CONSUMED, classify(null, false, true, CONN,
                RUNTIME + "disconnectEndpoint", "org.apache.hc.client5.http.impl.classic.ResponseEntityProxy#cleanup",
                "org.apache.hc.client5.http.impl.classic.ResponseEntityProxy#streamAbort", APP));
    }

    @Test
    void authAndUnknownCallers() {
        assertEquals(CloseCause.AUTH_CHALLENGE, classify(null, true, true, CONN, RUNTIME + "disconnectEndpoint",
                "org.apache.hc.client5.http.impl.classic.ProtocolExec#execute"));
        assertEquals(CloseCause.UNKNOWN, classify(null, true, true, CONN, APP));
        assertEquals(CloseCause.UNKNOWN, classify(null, true, true, CONN));
    }
}
