package dev.reuseagent.client.urlconnection;

import dev.reuseagent.config.DrainBound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounded drain on a real loopback socket: the bytes it reads, its bounds, and the read timeout it restores. */
class UrlConnectionDrainTest {

    private ServerSocket listener;
    private Socket client;
    private Socket server;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void connect() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
        server = listener.accept();
        client.setSoTimeout(30_000); // the application's own read timeout
    }

    @AfterEach
    void close() throws IOException {
        release.countDown();
        client.close();
        server.close();
        listener.close();
    }

    /** Writes {@code first} bytes now and {@code rest} more only when the test ends (a server that stalls). */
    private void serve(int first, int rest) {
        serve(first, rest, false);
    }

    /** The same; with {@code end}, the server ends its output after the first bytes (end of stream). */
    private void serve(int first, int rest, boolean end) {
        Thread writer = new Thread(() -> {
            try {
                OutputStream out = server.getOutputStream();
                out.write(new byte[first]);
                out.flush();
                if (end) {
                    server.shutdownOutput();
                    return;
                }
                release.await(10, TimeUnit.SECONDS);
                out.write(new byte[rest]);
                out.flush();
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        });
        writer.setDaemon(true);
        writer.start();
    }

    @Test
    void readsAKnownRestToItsEndAndRestoresTheReadTimeout() throws IOException {
        serve(300_000, 0);
        UrlConnectionDrain drain = new UrlConnectionDrain("connection", client);
        int outcome = drain.run(client.getInputStream(), 300_000, new DrainBound(5_000_000_000L, 1 << 20));
        assertEquals(UrlConnectionDrain.DONE, outcome);
        assertEquals(300_000, drain.bytes());
        assertEquals(30_000, client.getSoTimeout());
    }

    @Test
    void anUnknownLengthEndsAtEndOfStream() throws IOException {
        serve(70_000, 0, true);
        UrlConnectionDrain drain = new UrlConnectionDrain("connection", client);
        assertEquals(UrlConnectionDrain.DONE, drain.run(client.getInputStream(), -1,
                new DrainBound(5_000_000_000L, 1 << 20)));
        assertEquals(70_000, drain.bytes());
    }

    @Test
    void aKnownRestAboveTheSizeBoundIsNotTouched() throws IOException {
        serve(1000, 0);
        UrlConnectionDrain drain = new UrlConnectionDrain("connection", client);
        assertEquals(UrlConnectionDrain.TOO_LARGE, drain.run(client.getInputStream(), 5000, new DrainBound(
                5_000_000_000L, 4096)));
        assertEquals(0, drain.bytes());
        assertEquals(30_000, client.getSoTimeout());
    }

    @Test
    void anUnknownLengthStopsJustPastTheSizeBound() throws IOException {
        serve(100_000, 0);
        UrlConnectionDrain drain = new UrlConnectionDrain("connection", client);
        assertEquals(UrlConnectionDrain.TOO_LARGE, drain.run(client.getInputStream(), -1,
                new DrainBound(5_000_000_000L, 4096)));
        assertEquals(4097, drain.bytes());
    }

    @Test
    void aServerStallingMidBodyIsWaitedForNoLongerThanTheTimeBound() throws IOException {
        serve(10_000, 10_000);
        UrlConnectionDrain drain = new UrlConnectionDrain("connection", client);
        long start = System.nanoTime();
        int outcome = drain.run(client.getInputStream(), 20_000, new DrainBound(100_000_000L, 1 << 20));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(UrlConnectionDrain.TIMED_OUT, outcome);
        assertEquals(10_000, drain.bytes());
        assertTrue(tookMs < 5_000, "took " + tookMs + " ms");
        assertEquals(30_000, client.getSoTimeout(), "the application's read timeout is back");
    }

    @Test
    void theReadTimeoutIsRestoredWhenTheConnectionReturnsToTheCacheNotAfter() throws IOException {
        serve(5000, 0);
        int[] seenOnReturn = new int[1];
        UrlConnectionDrain drain = new UrlConnectionDrain("connection", client);
        // The JDK's stream returns the connection to the cache from inside the read that reaches the end.
        InputStream body = new FilterInputStream(client.getInputStream()) {
            private int left = 5000;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, Math.min(len, left));
                left -= n;
                if (left == 0) {
                    drain.returning("connection"); // what the putInKeepAliveCache hook does
                    seenOnReturn[0] = client.getSoTimeout();
                }
                return n;
            }
        };
        assertEquals(UrlConnectionDrain.DONE, drain.run(body, 5000, new DrainBound(5_000_000_000L, 1 << 20)));
        assertEquals(30_000, seenOnReturn[0]);
        assertEquals(30_000, client.getSoTimeout());
    }

    @Test
    void aReadFailureIsReported() throws IOException {
        UrlConnectionDrain drain = new UrlConnectionDrain("connection", client);
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertEquals(UrlConnectionDrain.FAILED, drain.run(broken, 10, new DrainBound(5_000_000_000L, 1 << 20)));
        assertEquals("connection reset", drain.failure().getMessage());
    }

    @Test
    void eachReadWaitsAtMostTheTimeLeftAndNeverLongerThanTheApplicationWould() {
        assertEquals(100, UrlConnectionDrain.readTimeout(100_000_000L, 0));
        assertEquals(1, UrlConnectionDrain.readTimeout(1L, 0));
        assertEquals(50, UrlConnectionDrain.readTimeout(100_000_000L, 50));
        assertEquals(100, UrlConnectionDrain.readTimeout(99_500_000L, 30_000));
    }
}
