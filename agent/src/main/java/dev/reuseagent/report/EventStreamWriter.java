package dev.reuseagent.report;

import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.FailedConnection;
import dev.reuseagent.track.UnknownConnect;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The {@code events=path.jsonl} stream: one JSON object per line per new, reused and closed connection, with
 * the field names of docs/contracts.md §4.4. Lines are buffered, and written out only whole, each batch with one
 * write call: a JVM that dies (or halts) leaves whole lines only, never a torn one. Flushed with each summary; at
 * exit {@link #endOfRun()} writes out the rest and lets later events (closed by other shutdown hooks, or by a timer
 * thread still running) go straight to the file, so none is lost. The file is never closed by the agent: the JVM's
 * end closes it. A write failure stops the stream (counted as dropped events) rather than disturbing the
 * application.
 */
public final class EventStreamWriter implements EventSink, AutoCloseable {

    /** Lines kept before they are written out together: about 30 events. */
    private static final int BUFFER_BYTES = 8192;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int buffered;
    private boolean writeThrough;
    private boolean failed;
    private boolean closed;

    public EventStreamWriter(Path path) throws IOException {
        // A plain file stream: each write(byte[]) is one write(2) of the whole array.
        this.out = new FileOutputStream(path.toFile());
    }

    @Override
    public void opened(ConnectionRecord c) {
        Json json = start("new", c).field("reason", c.reason().label()).field("site", c.site())
                .field("connectMs", Durations.roundedMillis(c.connectNanos()))
                .field("tls", c.tls());
        if (c.tls() != null) {
            json.field("tlsMs", Durations.roundedMillis(c.tlsNanos()));
        }
        write(json.endObject());
    }

    @Override
    public void reused(ConnectionRecord c, long idleNanos) {
        Json json = start("reused", c).field("idleMs", Durations.roundedMillis(idleNanos)).field("uses", c.uses());
        if (c.keptBy() != null) {
            json.field("keptBy", c.keptBy());
        }
        write(json.endObject());
    }

    @Override
    public void closed(ConnectionRecord c, long ageNanos) {
        write(start("closed", c).field("cause", c.closeCause().label()).field("uses", c.uses())
                .field("ageMs", Durations.roundedMillis(ageNanos)).endObject());
    }

    @Override
    public void unknownConnect(UnknownConnect u) {
        write(new Json().beginObject()
                .field("event", "unknown")
                .field("ts", Instant.now().toString())
                .field("thread", Thread.currentThread().getName())
                .field("connection", u.id())
                .field("endpoint", u.endpoint())
                .field("client", "unknown")
                .field("site", u.site())
                .field("connectMs", Durations.roundedMillis(u.connectNanos()))
                .endObject());
    }

    @Override
    public void failedConnection(FailedConnection f) {
        write(new Json().beginObject()
                .field("event", "failed")
                .field("ts", Instant.now().toString())
                .field("thread", Thread.currentThread().getName())
                .field("origin", f.originLabel())
                .field("client", f.client())
                .field("error", f.error())
                .field("site", f.site())
                .endObject());
    }

    @Override
    public boolean wantsReused() {
        return true;
    }

    private static Json start(String event, ConnectionRecord c) {
        return new Json().beginObject()
                .field("event", event)
                .field("ts", Instant.now().toString())
                .field("thread", Thread.currentThread().getName())
                .field("connection", c.id())
                .field("origin", c.originLabel())
                .field("client", c.client());
    }

    private synchronized void write(Json json) {
        if (failed || closed) {
            AgentCounters.DROPPED_EVENTS.incrementAndGet();
            return;
        }
        byte[] line = json.toString().concat("\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (buffered + line.length > buffer.length || writeThrough) {
                writeBuffered();
            }
            if (writeThrough || line.length > buffer.length) {
                out.write(line);
            } else {
                System.arraycopy(line, 0, buffer, buffered, line.length);
                buffered += line.length;
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    /** The whole lines buffered so far, in one write call. */
    private void writeBuffered() throws IOException {
        if (buffered > 0) {
            out.write(buffer, 0, buffered);
            buffered = 0;
        }
    }

    private void fail(IOException e) {
        failed = true;
        AgentCounters.DROPPED_EVENTS.incrementAndGet();
        AgentLog.warn("events file write failed, no further events are written: " + e);
    }

    public synchronized void flush() {
        if (!failed && !closed) {
            try {
                writeBuffered();
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    /**
     * At JVM exit, after the last summary: writes out what is buffered, then every later event at once, so the
     * events of connections that close while the JVM shuts down are not lost (the JVM closes the file at its end).
     */
    public synchronized void endOfRun() {
        flush();
        writeThrough = true;
    }

    /** Writes out what is buffered and closes the file; later events are counted as dropped. For tests and tools. */
    @Override
    public synchronized void close() {
        flush();
        closed = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // nothing more can be done
        }
    }
}
