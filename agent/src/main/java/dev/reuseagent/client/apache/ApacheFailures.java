package dev.reuseagent.client.apache;

import dev.reuseagent.client.apache.ApacheCallers.Caller;

import java.util.List;

/**
 * Which closes of an Apache HttpClient connection (4.5 and 5.x alike) are an exchange failing on the wire, read
 * from who called the close. Verified with {@code javap} against httpclient 4.5.14 / httpcore 4.4.16 and
 * httpclient5 5.5.1 / httpcore5 5.3.6:
 * <ul>
 *   <li>{@code HttpRequestExecutor#execute} closes the connection in its catch and rethrows: sending the request
 *       or reading the response head failed. Only the exception, at the exit of execute, tells a timeout (a
 *       failed request) from a reused connection found dead ({@code stale}).</li>
 *   <li>{@code EofSensorInputStream#read}/{@code #available} call {@code checkAbort} (and so the watcher's
 *       {@code streamAbort}, which closes the connection) only in their catch of an {@code IOException}: the body
 *       broke off (a reset, a premature end of a Content-Length body, a read timeout). {@code #abort} /
 *       {@code #abortConnection} take the same path at the application's request.</li>
 *   <li>{@code ResponseEntityProxy} calls {@code discardConnection} (5.x) / {@code abortConnection} (4.5) only in
 *       catch blocks: reading the rest of the body, its trailers or draining it at close failed.</li>
 * </ul>
 */
public final class ApacheFailures {

    /** What a close means for the exchange on the connection. */
    enum Kind {
        /** Not a failure of the exchange: the other close causes apply. */
        NONE,
        /** The exchange failed before its response head: decided at the exit of HttpRequestExecutor#execute. */
        BEFORE_HEAD,
        /** The response body broke off. */
        BODY
    }

    private ApacheFailures() {
    }

    /** @param callers the callers of the close, nearest first, without agent and JDK frames */
    static Kind of(List<Caller> callers) {
        boolean aborting = false; // EofSensorInputStream#checkAbort: a failed read, or the application's abort
        for (Caller caller : callers) {
            String cls = caller.cls();
            String method = caller.method();
            if (!cls.startsWith("org.apache.")) {
                return Kind.NONE; // the application's own frames: nothing of an exchange failing below them
            }
            if (cls.endsWith(".HttpRequestExecutor")) {
                return Kind.BEFORE_HEAD;
            }
            if (cls.endsWith(".ResponseEntityProxy")
                    && (method.equals("discardConnection") || method.equals("abortConnection"))) {
                return Kind.BODY;
            }
            if (cls.endsWith(".EofSensorInputStream")) {
                if (method.equals("checkAbort")) {
                    aborting = true;
                    continue;
                }
                return aborting && (method.equals("read") || method.equals("available")) ? Kind.BODY : Kind.NONE;
            }
        }
        return Kind.NONE;
    }

    /** A read or connect timeout anywhere in the exception's first causes ({@code SocketTimeoutException}, ...). */
    public static boolean timedOut(Throwable thrown) {
        Throwable t = thrown;
        for (int i = 0; i < 4 && t != null; i++) {
            if (t.getClass().getName().endsWith("TimeoutException")) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }
}
