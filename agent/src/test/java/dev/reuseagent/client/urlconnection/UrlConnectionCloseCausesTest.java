package dev.reuseagent.client.urlconnection;

import dev.reuseagent.model.CloseCause;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Classifies realistic stacks above {@code HttpClient#closeServer} (JDK 17), nearest frame first, as the
 * closeServer hook sees them: the agent's own frames, closeServer itself, then its callers.
 */
class UrlConnectionCloseCausesTest {

    private static final String HTTP_CLIENT = "sun.net.www.http.HttpClient";
    private static final String HUC = "sun.net.www.protocol.http.HttpURLConnection";

    /** The agent's frames and closeServer itself, then the given callers, then application frames. */
    private static List<String> stack(String... callers) {
        List<String> frames = new ArrayList<>(List.of(
                "dev.reuseagent.client.urlconnection.UrlConnectionCloseCauses#callers",
                "dev.reuseagent.client.urlconnection.UrlConnectionTracking#closing",
                "dev.reuseagent.transport.TransportHooks#urlConnectionClosing",
                HTTP_CLIENT + "#closeServer"));
        frames.addAll(Arrays.asList(callers));
        frames.add("com.acme.Export#fetch");
        frames.add("com.acme.Export#main");
        return frames;
    }

    private static CloseCause classify(List<String> frames) {
        return UrlConnectionCloseCauses.classify(frames, false, true, true);
    }

    @Test
    void finishedWithKeepAliveOnIsServerClosed() {
        List<String> s = stack(HTTP_CLIENT + "#finished", "sun.net.www.http.KeepAliveStream#close",
                HUC + "$HttpInputStream#close", "java.io.FilterInputStream#close");
        assertEquals(CloseCause.SERVER_CLOSED, UrlConnectionCloseCauses.classify(s, false, true, true));
    }

    @Test
    void finishedWithKeepAliveOffIsAppClosed() {
        List<String> s = stack(HTTP_CLIENT + "#finished", "sun.net.www.http.KeepAliveStream#close");
        assertEquals(CloseCause.APP_CLOSED, UrlConnectionCloseCauses.classify(s, false, false, true));
    }

    @Test
    void keepAliveStreamCloseIsBodyNotConsumed() {
        assertEquals(CloseCause.BODY_NOT_CONSUMED, classify(stack("sun.net.www.http.KeepAliveStream#close",
                HUC + "$HttpInputStream#close", "java.io.FilterInputStream#close")));
    }

    @Test
    void keepAliveStreamCloseWinsOverDisconnectFurtherUp() {
        assertEquals(CloseCause.BODY_NOT_CONSUMED, classify(stack("sun.net.www.http.KeepAliveStream#close",
                HUC + "#disconnect")));
    }

    @Test
    void chunkedCloseUnderlyingIsBodyNotConsumed() {
        assertEquals(CloseCause.BODY_NOT_CONSUMED, classify(stack("sun.net.www.http.ChunkedInputStream#closeUnderlying",
                "sun.net.www.http.ChunkedInputStream#close", HUC + "$HttpInputStream#close")));
    }

    @Test
    void keepAliveStreamCleanerClosesOnlyWhenTheRestNeverCameWhichIsAFailure() {
        List<String> s = List.of(
                "dev.reuseagent.transport.TransportHooks#urlConnectionClosing",
                HTTP_CLIENT + "#closeServer",
                "sun.net.www.http.KeepAliveStreamCleaner#run",
                "java.lang.Thread#run");
        assertEquals(CloseCause.FAILED, classify(s));
    }

    @Test
    void keepAliveCachePutOfThisConnectionIsServerClosed() {
        List<String> s = stack("sun.net.www.http.KeepAliveCache#put", HTTP_CLIENT + "#putInKeepAliveCache",
                HTTP_CLIENT + "#finished", "sun.net.www.http.KeepAliveStream#close");
        assertEquals(CloseCause.SERVER_CLOSED, UrlConnectionCloseCauses.classify(s, true, true, true));
    }

    @Test
    void keepAliveCachePutOfAnotherConnectionIsPoolFull() {
        List<String> s = stack("sun.net.www.http.KeepAliveCache#put", HTTP_CLIENT + "#putInKeepAliveCache",
                HTTP_CLIENT + "#finished", "sun.net.www.http.KeepAliveStream#close");
        assertEquals(CloseCause.POOL_FULL, UrlConnectionCloseCauses.classify(s, false, true, true));
    }

    @Test
    void keepAliveTimerSweepIsIdleTimeout() {
        List<String> s = List.of(
                "dev.reuseagent.transport.TransportHooks#urlConnectionClosing",
                HTTP_CLIENT + "#closeServer",
                "sun.net.www.http.KeepAliveCache#run",
                "java.lang.Thread#run");
        assertEquals(CloseCause.IDLE_TIMEOUT, classify(s));
    }

    @Test
    void closeIdleConnectionFromDisconnectIsAppClosed() {
        assertEquals(CloseCause.APP_CLOSED, classify(stack(HTTP_CLIENT + "#closeIdleConnection",
                HUC + "#disconnect")));
    }

    @Test
    void disconnectWithoutResponseIsAppClosed() {
        assertEquals(CloseCause.APP_CLOSED, classify(stack(HUC + "#disconnect",
                "sun.net.www.protocol.https.HttpsURLConnectionImpl#disconnect")));
    }

    @Test
    void parseHttpFailureOnReusedConnectionIsStale() {
        List<String> s = stack(HTTP_CLIENT + "#parseHTTP", HUC + "#getInputStream0", HUC + "#getInputStream");
        assertEquals(CloseCause.STALE, UrlConnectionCloseCauses.classify(s, false, true, true));
    }

    @Test
    void parseHttpFailureOnNewConnectionIsUnknown() {
        List<String> s = stack(HTTP_CLIENT + "#parseHTTP", HUC + "#getInputStream0", HUC + "#getInputStream");
        assertEquals(CloseCause.UNKNOWN, UrlConnectionCloseCauses.classify(s, false, true, false));
    }

    @Test
    void httpsClientFramesAreClassifiedLikeHttpClient() {
        List<String> s = stack("sun.net.www.protocol.https.HttpsClient#parseHTTP", HUC + "#getInputStream0");
        assertEquals(CloseCause.STALE, UrlConnectionCloseCauses.classify(s, false, true, true));
    }

    @Test
    void agentAndJavaFramesAreSkipped() {
        List<String> s = List.of(
                "dev.reuseagent.transport.TransportHooks#urlConnectionClosing",
                "java.util.concurrent.locks.ReentrantLock#unlock",
                HTTP_CLIENT + "#closeServer",
                "dev.reuseagent.client.urlconnection.SomeAdvice#exit",
                "java.io.FilterInputStream#close",
                "sun.net.www.http.KeepAliveStream#close",
                "com.acme.Export#fetch");
        assertEquals(CloseCause.BODY_NOT_CONSUMED, classify(s));
    }

    @Test
    void applicationFrameFirstIsUnknown() {
        List<String> s = List.of(
                HTTP_CLIENT + "#closeServer",
                "com.acme.Export#fetch",
                "sun.net.www.http.KeepAliveStream#close");
        assertEquals(CloseCause.UNKNOWN, classify(s));
    }

    @Test
    void onlyUninformativeFramesIsUnknown() {
        assertEquals(CloseCause.UNKNOWN, classify(List.of(HTTP_CLIENT + "#closeServer")));
        assertEquals(CloseCause.UNKNOWN, classify(List.of()));
    }

    @Test
    void otherHttpUrlConnectionMethodIsUnknown() {
        assertEquals(CloseCause.UNKNOWN, classify(stack(HUC + "#getInputStream0", HUC + "#disconnect")));
    }

    @Test
    void followingARedirectIsRedirect() {
        assertEquals(CloseCause.REDIRECT, classify(stack(HUC + "#disconnectInternal", HUC + "#followRedirect0",
                HUC + "#followRedirect", HUC + "#getInputStream0")));
    }

    @Test
    void authChallengeRetryIsAuthChallenge() {
        assertEquals(CloseCause.AUTH_CHALLENGE, classify(stack(HUC + "#disconnectInternal", HUC + "#disconnectWeb",
                HUC + "#getInputStream0")));
    }

    @Test
    void internalDisconnectOnAnErrorIsUnknownNotAppClosed() {
        assertEquals(CloseCause.UNKNOWN, classify(stack(HUC + "#disconnectInternal", HUC + "#getInputStream0",
                HUC + "#getInputStream")));
    }
}
