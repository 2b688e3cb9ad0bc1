package dev.reuseagent.transport;

import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.WeakIdentityMap;

import java.util.ArrayDeque;

/**
 * Announces the connects no client claims ({@code new connection #N to host:port via unknown at SITE}). A client
 * claims its connect on the same thread right after it, or soon after on a selector thread; so a connect is
 * announced only once it is still unclaimed after {@link #GRACE_NANOS}: when a later connect on any thread
 * notices it, with each summary, and at exit (then all of them). A client that claims only much later (java.net.http,
 * at the first response) says beforehand which socket it will claim ({@link #expectClaim}): never announced. Each
 * connect is announced at most once, and every one still unclaimed at exit is.
 */
public final class UnknownConnects {

    static final long GRACE_NANOS = 1_000_000_000L;

    /** Connects not yet announced nor claimed, oldest first, with when they were made. */
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private final WeakIdentityMap<Boolean> expected = new WeakIdentityMap<>();
    private volatile ConnectionTracker announcer;

    public void announceTo(ConnectionTracker tracker) {
        announcer = tracker;
    }

    public void expectClaim(Object socket) {
        if (socket != null && announcer != null) {
            expected.put(socket, Boolean.TRUE);
        }
    }

    /** A connect went into the unclaimed map. */
    void connected(TransportConnect connect, long nowNanos) {
        if (announcer == null) {
            return;
        }
        Object socket = connect.socket();
        if (socket != null && expected.remove(socket) != null) {
            return; // a client will claim it, later than any grace
        }
        synchronized (waiting) {
            waiting.addLast(new Waiting(connect, nowNanos));
        }
    }

    /** Announces the connects still unclaimed after their grace, or all of them ({@code all}: at exit). */
    public void announceDue(long nowNanos, boolean all) {
        ConnectionTracker tracker = announcer;
        if (tracker == null) {
            return;
        }
        while (true) {
            Waiting w;
            synchronized (waiting) {
                w = waiting.peekFirst();
                if (w == null || (!all && nowNanos - w.atNanos < GRACE_NANOS)) {
                    return;
                }
                waiting.pollFirst();
            }
            TransportConnect c = w.connect;
            if (!c.claimed) {
                tracker.unknownConnect(c.endpoint.label(), c.site, c.connectNanos);
            }
        }
    }

    private static final class Waiting {
        final TransportConnect connect;
        final long atNanos;

        Waiting(TransportConnect connect, long atNanos) {
            this.connect = connect;
            this.atNanos = atNanos;
        }
    }
}
