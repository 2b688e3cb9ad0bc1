package dev.reuseagent.samples.timeout;

import java.net.URL;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An application with a request timeout: the first request of one client, with the client's own timeout where it
 * has a whole-call one (OkHttp {@code callTimeout}, java.net.http {@code HttpRequest.timeout}) or its read and
 * connect timeouts, and the application's own deadline around the call (a {@code Future.get} with the same
 * timeout), which catches whatever the first call costs: loading and instrumenting the client's classes included.
 * The client is built before the deadline starts, as an application builds it once.
 *
 * <pre>java ... dev.reuseagent.samples.timeout.FirstRequestTimeout urlconnection|jdkhttp|okhttp|apache5|apache4 URL TIMEOUT_MS</pre>
 *
 * Prints {@code sample: first-request client=<c> status=<code> elapsed-ms=<n> timed-out=<true|false>} and exits 0
 * when the request answered in time, 3 when a timeout fired, 1 on any other failure.
 */
public final class FirstRequestTimeout {

    private FirstRequestTimeout() {
    }

    /** One client, built before the deadline; {@link #call()} is its first request. */
    interface FirstRequest extends Callable<Integer> {
    }

    public static void main(String[] args) throws Exception {
        String client = args[0];
        URL url = new URL(args[1]);
        int timeoutMs = Integer.parseInt(args[2]);
        FirstRequest request = build(client, url, timeoutMs);
        FutureTask<Integer> call = new FutureTask<>(request);
        Thread thread = new Thread(call, "first-request");
        thread.setDaemon(true);
        long start = System.nanoTime();
        thread.start();
        String status;
        boolean timedOut = false;
        int exit = 0;
        try {
            status = String.valueOf(call.get(timeoutMs, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            status = "none";
            timedOut = true;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            timedOut = isTimeout(cause);
            status = cause.getClass().getName();
        }
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (timedOut) {
            exit = 3;
        } else if (!"200".equals(status)) {
            exit = 1;
        }
        System.out.println(String.format(Locale.ROOT, "sample: first-request client=%s status=%s elapsed-ms=%d "
                + "timed-out=%s", client, status, elapsedMs, timedOut));
        System.exit(exit);
    }

    private static FirstRequest build(String client, URL url, int timeoutMs) throws Exception {
        switch (client) {
            case "urlconnection":
                return new UrlConnectionFirstRequest(url, timeoutMs);
            case "jdkhttp":
                return new JdkHttpFirstRequest(url, timeoutMs);
            case "okhttp":
                return new OkHttpFirstRequest(url, timeoutMs);
            case "apache5":
                return new Apache5FirstRequest(url, timeoutMs);
            case "apache4":
                return new Apache4FirstRequest(url, timeoutMs);
            default:
                throw new IllegalArgumentException("unknown client " + client);
        }
    }

    /** A timeout as each client reports it. */
    private static boolean isTimeout(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            String name = e.getClass().getName();
            if (name.contains("Timeout") || (e instanceof java.io.InterruptedIOException
                    && String.valueOf(e.getMessage()).contains("timeout"))) {
                return true;
            }
        }
        return false;
    }
}
