package dev.reuseagent.report;

import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.FailedConnection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The {@code events=path.jsonl} stream: one JSON object per line per new, reused and closed connection, with
 * the field names of docs/contracts.md §4.4. Buffered; flushed with each summary and at exit. A write failure stops the
 * stream (counted as dropped events) rather than disturbing the application.
 */
public final class EventStreamWriter implements EventSink, AutoCloseable {

    private final Writer writer;
    private boolean failed;

    public EventStreamWriter(Path path) throws IOException {
        this.writer = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
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
        if (failed) {
            AgentCounters.DROPPED_EVENTS.incrementAndGet();
            return;
        }
        try {
            writer.write(json.toString());
            writer.write('\n');
        } catch (IOException e) {
            failed = true;
            AgentCounters.DROPPED_EVENTS.incrementAndGet();
            AgentLog.warn("events file write failed, no further events are written: " + e);
        }
    }

    public synchronized void flush() {
        if (!failed) {
            try {
                writer.flush();
            } catch (IOException e) {
                failed = true;
                AgentLog.warn("events file write failed, no further events are written: " + e);
            }
        }
    }

    @Override
    public synchronized void close() {
        flush();
        try {
            writer.close();
        } catch (IOException ignored) {
            // nothing more can be done at exit
        }
    }
}
