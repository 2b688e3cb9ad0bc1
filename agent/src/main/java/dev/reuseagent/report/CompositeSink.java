package dev.reuseagent.report;

import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.FailedConnection;
import dev.reuseagent.track.UnknownConnect;

import java.util.List;

/** Sends each event to the log and the event stream. */
public final class CompositeSink implements EventSink {

    private final EventSink[] sinks;
    private final boolean wantsReused;

    public CompositeSink(List<EventSink> sinks) {
        this.sinks = sinks.toArray(new EventSink[0]);
        boolean any = false;
        for (EventSink s : this.sinks) {
            any |= s.wantsReused();
        }
        this.wantsReused = any;
    }

    @Override
    public void opened(ConnectionRecord connection) {
        for (EventSink s : sinks) {
            s.opened(connection);
        }
    }

    @Override
    public void reused(ConnectionRecord connection, long idleNanos) {
        for (EventSink s : sinks) {
            if (s.wantsReused()) {
                s.reused(connection, idleNanos);
            }
        }
    }

    @Override
    public void closed(ConnectionRecord connection, long ageNanos) {
        for (EventSink s : sinks) {
            s.closed(connection, ageNanos);
        }
    }

    @Override
    public void failedConnection(FailedConnection failure) {
        for (EventSink s : sinks) {
            s.failedConnection(failure);
        }
    }

    @Override
    public void unknownConnect(UnknownConnect connect) {
        for (EventSink s : sinks) {
            s.unknownConnect(connect);
        }
    }

    @Override
    public boolean wantsReused() {
        return wantsReused;
    }
}
