package dev.reuseagent.client.apache;

import dev.reuseagent.client.apache.ApacheCallers.Caller;
import org.junit.jupiter.api.Test;

import java.net.SocketTimeoutException;
import java.util.List;

import static dev.reuseagent.client.apache.ApacheFailures.Kind.BEFORE_HEAD;
import static dev.reuseagent.client.apache.ApacheFailures.Kind.BODY;
import static dev.reuseagent.client.apache.ApacheFailures.Kind.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closes that are an exchange failing, as the stacks of httpclient 4.5.14 and httpclient5 5.5.1 show them. */
class ApacheFailuresTest {

    private static final String C5 = "org.apache.hc.client5.http.impl.classic.";
    private static final String CORE5 = "org.apache.hc.core5.http.io.EofSensorInputStream";
    private static final String APP = "com.acme.Export";

    @Test
    void aCloseInsideHttpRequestExecutorIsAnExchangeFailingBeforeItsHead() {
        assertEquals(BEFORE_HEAD, ApacheFailures.of(List.of(
                c("org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection", "close"),
                c("org.apache.hc.core5.io.Closer", "close"),
                c("org.apache.hc.core5.http.impl.io.HttpRequestExecutor", "execute"),
                c(C5 + "MainClientExec", "execute"))));
        assertEquals(BEFORE_HEAD, ApacheFailures.of(List.of(
                c("org.apache.http.impl.conn.CPoolProxy", "close"),
                c("org.apache.http.protocol.HttpRequestExecutor", "closeConnection"),
                c("org.apache.http.protocol.HttpRequestExecutor", "execute"))));
    }

    @Test
    void aReadOfTheBodyThatThrewAbortsTheConnection5() {
        assertEquals(BODY, ApacheFailures.of(List.of(
                c(C5 + "InternalExecRuntime", "discardEndpoint"),
                c(C5 + "ResponseEntityProxy", "cleanup"),
                c(C5 + "ResponseEntityProxy", "streamAbort"),
                c(CORE5, "checkAbort"),
                c(CORE5, "read"),
                c(APP, "fetch"))));
    }

    @Test
    void aDrainThatFailedAtCloseDiscardsTheConnection() {
        assertEquals(BODY, ApacheFailures.of(List.of(
                c(C5 + "InternalExecRuntime", "discardEndpoint"),
                c(C5 + "ResponseEntityProxy", "discardConnection"),
                c(C5 + "ResponseEntityProxy", "close"),
                c(C5 + "CloseableHttpResponse", "close"))));
        assertEquals(BODY, ApacheFailures.of(List.of(
                c("org.apache.http.impl.execchain.ConnectionHolder", "abortConnection"),
                c("org.apache.http.impl.execchain.ResponseEntityProxy", "abortConnection"),
                c("org.apache.http.impl.execchain.ResponseEntityProxy", "streamClosed"))));
    }

    @Test
    void theApplicationsAbortTheEndOfTheBodyOrAnotherCloseAreNoFailure() {
        String eof4 = "org.apache.http.conn.EofSensorInputStream";
        assertEquals(NONE, ApacheFailures.of(List.of(
                c("org.apache.http.impl.execchain.ResponseEntityProxy", "streamAbort"),
                c(eof4, "checkAbort"),
                c(eof4, "abortConnection"),
                c(APP, "cancel"))));
        assertEquals(NONE, ApacheFailures.of(List.of(
                c(C5 + "ResponseEntityProxy", "releaseConnection"),
                c(C5 + "ResponseEntityProxy", "eofDetected"),
                c(CORE5, "checkEOF"),
                c(CORE5, "read"))));
        assertEquals(NONE, ApacheFailures.of(List.of(
                c("org.apache.hc.core5.pool.StrictConnPool", "closeExpired"),
                c(APP, "evict"))));
    }

    @Test
    void timeoutsAreToldByTheExceptionOrItsCauses() {
        assertTrue(ApacheFailures.timedOut(new SocketTimeoutException("Read timed out")));
        assertTrue(ApacheFailures.timedOut(new java.io.IOException(new SocketTimeoutException())));
        assertFalse(ApacheFailures.timedOut(new java.net.SocketException("Connection reset")));
    }

    private static Caller c(String cls, String method) {
        return new Caller(cls, method);
    }
}
