package dev.reuseagent.it;

import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Response bodies for the HttpURLConnection enforcement scenarios: large fixed-length and chunked bodies whose
 * bytes differ along the body (so a prefix the application read is checked, not just its length), and bodies
 * whose server stalls mid-body, which a drain must not wait for beyond its time bound.
 */
final class DrainBodies {

    /** Above the JDK's own 512 KiB ({@code http.KeepAlive.remainingData}): the JDK closes such a body unread. */
    static final int LARGE = 1 << 20;

    private DrainBodies() {
    }

    /** {@code size} bytes of numbered lines: every prefix is distinct. */
    static String patterned(int size) {
        StringBuilder text = new StringBuilder(size + 32);
        for (int line = 0; text.length() < size; line++) {
            text.append("line ").append(line).append(" of a body the application may not read\n");
        }
        text.setLength(size);
        return text.toString();
    }

    static MockResponse fixed(int code, int size) {
        return new MockResponse.Builder().code(code).body(patterned(size)).build();
    }

    static MockResponse chunked(int code, int size) {
        return new MockResponse.Builder().code(code).chunkedBody(patterned(size), 16 * 1024).build();
    }

    /** A fixed-length body of {@code size} bytes of which the server sends {@code before}, then waits {@code stallMs}. */
    static MockResponse stallingFixed(int size, int before, long stallMs) {
        return new MockResponse.Builder().body(new Stalling(patterned(size).getBytes(StandardCharsets.US_ASCII),
                before, stallMs, false)).setHeader("Content-Length", size).build();
    }

    /** The same, chunked (16 KiB chunks, the framing written here). */
    static MockResponse stallingChunked(int size, int before, long stallMs) {
        return new MockResponse.Builder().body(new Stalling(patterned(size).getBytes(StandardCharsets.US_ASCII),
                before, stallMs, true)).removeHeader("Content-Length")
                .addHeader("Transfer-Encoding", "chunked").build();
    }

    /** Writes part of the body, flushes, sleeps, writes the rest (which fails if the client has gone). */
    private static final class Stalling implements MockResponseBody {
        private final byte[] body;
        private final int before;
        private final long stallMs;
        private final boolean chunked;

        Stalling(byte[] body, int before, long stallMs, boolean chunked) {
            this.body = body;
            this.before = before;
            this.stallMs = stallMs;
            this.chunked = chunked;
        }

        @Override
        public long getContentLength() {
            return chunked ? -1 : body.length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            write(sink, 0, before);
            sink.flush();
            try {
                Thread.sleep(stallMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while stalling", e);
            }
            write(sink, before, body.length);
            if (chunked) {
                sink.writeUtf8("0\r\n\r\n");
            }
            sink.flush();
        }

        private void write(BufferedSink sink, int from, int to) throws IOException {
            for (int off = from; off < to; off += 16 * 1024) {
                int len = Math.min(16 * 1024, to - off);
                if (chunked) {
                    sink.writeUtf8(Integer.toHexString(len)).writeUtf8("\r\n");
                }
                sink.write(body, off, len);
                if (chunked) {
                    sink.writeUtf8("\r\n");
                }
            }
        }
    }
}
