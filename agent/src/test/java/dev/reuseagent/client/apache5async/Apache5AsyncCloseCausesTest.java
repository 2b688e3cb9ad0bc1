package dev.reuseagent.client.apache5async;

import dev.reuseagent.client.apache.ApacheCallers.Caller;
import dev.reuseagent.model.CloseCause;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Close causes from caller stacks as HttpClient 5.5.1 / httpcore5 5.3.6 produce them (nearest first). */
class Apache5AsyncCloseCausesTest {

    private static final String DISCARD = "org.apache.hc.core5.pool.PoolEntry#discardConnection";
    private static final String MANAGER = "org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager";
    private static final String STRICT = "org.apache.hc.core5.pool.StrictConnPool";
    private static final String APP = "com.acme.Job#run";

    private static List<Caller> stack(String... frames) {
        List<Caller> callers = new ArrayList<>();
        for (String f : frames) {
            int hash = f.indexOf('#');
            callers.add(new Caller(f.substring(0, hash), f.substring(hash + 1)));
        }
        return callers;
    }

    @Test
    void closingTheClientIsAppClosedEvenAfterItsReactorClosedTheSockets() {
        String[] frames = {DISCARD, STRICT + "$PerRoutePool#shutdown", STRICT + "#close", MANAGER + "#close",
                "org.apache.hc.client5.http.impl.async.InternalAbstractHttpAsyncClient#internalClose", APP};
        assertEquals(CloseCause.APP_CLOSED, Apache5AsyncCloseCauses.classify(stack(frames), true, false));
        assertEquals(CloseCause.APP_CLOSED, Apache5AsyncCloseCauses.classify(stack(frames), false, false));
    }

    @Test
    void aLeasePassingOverAnExpiredConnectionIsIdleTimeoutElsePoolFull() {
        String[] frames = {DISCARD, STRICT + "#processPendingRequest", STRICT + "#processPendingRequests",
                STRICT + "#lease", MANAGER + "#lease", APP};
        assertEquals(CloseCause.IDLE_TIMEOUT, Apache5AsyncCloseCauses.classify(stack(frames), true, true));
        assertEquals(CloseCause.POOL_FULL, Apache5AsyncCloseCauses.classify(stack(frames), true, false));
    }

    @Test
    void evictionsAreIdleTimeout() {
        assertEquals(CloseCause.IDLE_TIMEOUT, Apache5AsyncCloseCauses.classify(stack(DISCARD,
                STRICT + "#closeIdle", MANAGER + "#closeIdle",
                "org.apache.hc.client5.http.impl.IdleConnectionEvictor#lambda$new$0"), true, false));
        assertEquals(CloseCause.IDLE_TIMEOUT, Apache5AsyncCloseCauses.classify(stack(DISCARD,
                MANAGER + "$1#completed", "org.apache.hc.core5.concurrent.BasicFuture#completed", APP), true, true));
    }

    @Test
    void aDiscardedConnectionWhoseSessionEndedIsServerClosed() {
        String[] release = {DISCARD, STRICT + "#release", MANAGER + "#release",
                "org.apache.hc.client5.http.impl.async.InternalHttpAsyncExecRuntime#releaseEndpoint"};
        assertEquals(CloseCause.SERVER_CLOSED, Apache5AsyncCloseCauses.classify(stack(release), false, false));
        assertEquals(CloseCause.UNKNOWN, Apache5AsyncCloseCauses.classify(stack(release), true, false));
        String[] isConnected = {DISCARD, MANAGER + "$InternalConnectionEndpoint#isConnected", APP};
        assertEquals(CloseCause.SERVER_CLOSED, Apache5AsyncCloseCauses.classify(stack(isConnected), false, false));
    }

    @Test
    void theApplicationClosingItIsUnknownUnlessTheSessionHadEnded() {
        assertEquals(CloseCause.UNKNOWN, Apache5AsyncCloseCauses.classify(stack(APP, MANAGER + "#close"), true, false));
    }
}
