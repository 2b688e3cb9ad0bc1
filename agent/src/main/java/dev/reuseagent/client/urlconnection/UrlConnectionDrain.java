package dev.reuseagent.client.urlconnection;

import dev.reuseagent.config.DrainBound;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * One bounded drain: reads and discards the rest of a response body through the body stream itself (so the JDK
 * stream's own bookkeeping sees every byte and, at the end, returns the connection to the keep-alive cache as if
 * the application had read it), and gives up at the first of {@code enforceDrain}'s bounds.
 *
 * <p>The time bound holds even when the server stalls mid-body: each read runs with the socket's
 * {@code SO_TIMEOUT} set to the time left (never longer than the application's own read timeout). The socket's
 * timeout is restored the moment the connection goes back to the keep-alive cache ({@link #returning}, called
 * from the hook on {@code putInKeepAliveCache}, before another thread can take it), or when the drain ends
 * otherwise.
 *
 * <p>Lives on one thread for the duration of one close ({@code UrlConnectionThreadState#drain}).
 */
final class UrlConnectionDrain {

    /** The body ended: the stream has handed the connection back (or closed it, if the JDK chose so). */
    static final int DONE = 0;
    /** More than the size bound was left: not drained, or drained only up to the bound. */
    static final int TOO_LARGE = 1;
    /** The rest did not arrive within the time bound. */
    static final int TIMED_OUT = 2;
    /** Reading failed (reset, closed, a malformed chunk): the JDK closes the connection as it would have. */
    static final int FAILED = 3;

    private static final int BUFFER = 16 * 1024;

    private final Object client;
    private final Socket socket;
    private int oldTimeout;
    private boolean restored = true;
    private long bytes;
    private IOException failure;

    /**
     * @param client the connection (the JDK's HttpClient) whose body is drained
     * @param socket its socket, for the read timeout
     */
    UrlConnectionDrain(Object client, Socket socket) {
        this.client = client;
        this.socket = socket;
    }

    /**
     * Reads {@code body} to its end within {@code bound}.
     *
     * @param remaining what is left of the body if known (Content-Length), or -1 (chunked)
     * @return {@link #DONE}, {@link #TOO_LARGE}, {@link #TIMED_OUT} or {@link #FAILED}
     */
    int run(InputStream body, long remaining, DrainBound bound) {
        long maxBytes = bound.maxBytes();
        if (remaining > maxBytes) {
            return TOO_LARGE;
        }
        long deadline = System.nanoTime() + bound.maxNanos();
        byte[] buffer = new byte[(int) Math.max(1, Math.min(BUFFER, remaining < 0 ? maxBytes + 1 : remaining))];
        try {
            oldTimeout = socket.getSoTimeout();
            restored = false;
            while (true) {
                long want = remaining >= 0 ? remaining - bytes : maxBytes + 1 - bytes;
                if (want <= 0) {
                    return remaining >= 0 ? DONE : TOO_LARGE;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return TIMED_OUT;
                }
                if (!restored) {
                    socket.setSoTimeout(readTimeout(left, oldTimeout));
                }
                int n = body.read(buffer, 0, (int) Math.min(buffer.length, want));
                if (n < 0) {
                    return DONE;
                }
                bytes += n;
            }
        } catch (SocketTimeoutException e) {
            return TIMED_OUT;
        } catch (IOException e) {
            failure = e;
            return FAILED;
        } finally {
            restore();
        }
    }

    /** Milliseconds for one read: the time left, rounded up, and no more than the application's own timeout. */
    static int readTimeout(long leftNanos, int applicationTimeout) {
        long ms = Math.max(1, (leftNanos + 999_999) / 1_000_000);
        if (applicationTimeout > 0 && applicationTimeout < ms) {
            ms = applicationTimeout;
        }
        return (int) Math.min(Integer.MAX_VALUE, ms);
    }

    /** {@code client} is being put into the keep-alive cache: give it back with its own read timeout. */
    void returning(Object returningClient) {
        if (returningClient == client) {
            restore();
        }
    }

    private void restore() {
        if (!restored) {
            restored = true;
            try {
                socket.setSoTimeout(oldTimeout);
            } catch (IOException e) {
                // closed meanwhile: nothing to give back
            }
        }
    }

    Object client() {
        return client;
    }

    /** Bytes read and discarded so far. */
    long bytes() {
        return bytes;
    }

    /** What made the drain fail, for {@link #FAILED}. */
    IOException failure() {
        return failure;
    }
}
