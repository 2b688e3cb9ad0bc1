package dev.reuseagent.track;

import dev.reuseagent.model.CloseCause;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Tells a connection's origin counters and the event sink, once each, that it opened and that it closed: the
 * {@link ConnectionTracker} announces an opening at the first exchange or in
 * {@link ConnectionTracker#announcePending()}, and a close announces the opening first if nothing did. As the
 * connection map's listener (a class, not a method reference), it also closes the record of a connection object
 * collected without a close.
 */
final class ConnectionAnnouncer implements Consumer<ConnectionRecord> {

    private final EventSink sink;
    private final LongSupplier clock;

    ConnectionAnnouncer(EventSink sink, LongSupplier clock) {
        this.sink = sink;
        this.clock = clock;
    }

    /** Counts the connection new and reports it opened, unless that was done (or, adopted, it started announced). */
    void announce(ConnectionRecord c) {
        synchronized (c.pool) {
            if (c.announced) {
                return;
            }
            c.announced = true;
        }
        c.stats.recordNew(c);
        sink.opened(c);
    }

    /** Ends the record with {@code cause}, which its pool remembers; a record already closed is left as it was. */
    void close(ConnectionRecord c, CloseCause cause) {
        long now = clock.getAsLong();
        synchronized (c.pool) {
            if (c.state == ConnectionRecord.State.CLOSED) {
                return;
            }
            c.state = ConnectionRecord.State.CLOSED;
            c.closeCause = cause;
            c.pool.remove(c, cause);
        }
        announce(c);
        c.stats.recordClose(cause);
        sink.closed(c, now - c.openedNanos);
    }

    /**
     * The connection object was collected without a close: busy after an exchange, its response was dropped
     * unread (the body pinned it); otherwise the application dropped its whole client or pool without shutting
     * it down.
     */
    @Override
    public void accept(ConnectionRecord c) {
        boolean pinnedByResponse;
        synchronized (c.pool) {
            pinnedByResponse = c.state == ConnectionRecord.State.BUSY && c.uses > 0;
        }
        close(c, pinnedByResponse ? CloseCause.BODY_NOT_CONSUMED : CloseCause.APP_CLOSED);
    }
}
