package dev.reuseagent.client.jdkhttp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drain against a stand-in for the JDK's HttpResponseInputStream: lists of chunks delivered to a queue by
 * another thread, an empty list for the end. The stand-in fails the test if the drain ever reads when a read
 * would block.
 */
class BodyDrainTest {

    private static final List<byte[]> END = List.of();

    /** Reads like the JDK's stream: from the chunk in hand, else takes the next list (which would block if none). */
    static final class Stream extends InputStream {
        final BlockingQueue<List<byte[]>> queue = new ArrayBlockingQueue<>(2);
        private byte[] current;
        private int position;
        private boolean ended;

        @Override
        public int available() {
            if (current != null && position < current.length) {
                return current.length - position;
            }
            List<byte[]> next = queue.peek();
            return next != null && next != END ? 1 : 0;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (ended) {
                return -1;
            }
            if (current == null || position == current.length) {
                List<byte[]> next = queue.poll();
                if (next == null) {
                    throw new AssertionError("the drain read where the stream would have blocked");
                }
                if (next == END) {
                    ended = true;
                    return -1;
                }
                current = next.get(0);
                position = 0;
            }
            int n = Math.min(len, current.length - position);
            position += n;
            return n;
        }
    }

    /** Delivers {@code chunks} lists of {@code size} bytes, one whenever the queue has room, then the end. */
    private static Thread deliver(Stream in, int chunks, int size, long pauseMillis) {
        Thread t = new Thread(() -> {
            try {
                for (int i = 0; i < chunks; i++) {
                    Thread.sleep(pauseMillis);
                    in.queue.put(List.of(new byte[size]));
                }
                in.queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void readsToTheEndWithinTheBound() {
        Stream in = new Stream();
        deliver(in, 64, 16 * 1024, 0);
        assertEquals(1 << 20, BodyDrain.drain(in, in.queue, TimeUnit.SECONDS.toNanos(10), 4 << 20));
    }

    @Test
    void givesUpBeyondTheByteBound() {
        Stream in = new Stream();
        deliver(in, 64, 16 * 1024, 0);
        assertEquals(-1, BodyDrain.drain(in, in.queue, TimeUnit.SECONDS.toNanos(10), 64 * 1024));
    }

    @Test
    void aStalledBodyIsLeftAtTheTimeBound() {
        Stream in = new Stream();
        deliver(in, 3, 1024, 60_000);
        long start = System.nanoTime();
        assertEquals(-1, BodyDrain.drain(in, in.queue, TimeUnit.MILLISECONDS.toNanos(100), 4 << 20));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis >= 100 && millis < 5_000, millis + " ms");
    }

    @Test
    void anEmptyRestIsTheEnd() {
        Stream in = new Stream();
        in.queue.add(END);
        assertEquals(0, BodyDrain.drain(in, in.queue, TimeUnit.SECONDS.toNanos(1), 1024));
    }

    @Test
    void anInterruptedThreadDoesNotWait() {
        Stream in = new Stream();
        Thread.currentThread().interrupt();
        try {
            assertEquals(-1, BodyDrain.drain(in, in.queue, TimeUnit.SECONDS.toNanos(10), 1024));
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is left for the application");
        }
    }
}
