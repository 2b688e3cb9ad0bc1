package dev.reuseagent.track;

import dev.reuseagent.model.CloseCause;

/**
 * Exchanges that failed on the wire (docs/contracts.md §2.5): a reset, the stream ending inside a response, no
 * answer within the client's read timeout. Each is a request the server received, counted once more apart as a
 * failed exchange, and the connection it ends closes as {@code failed} whatever path the client closes it by. The
 * clients tell these apart from a connection that died while idle ({@code stale}: the server never saw the
 * request the client sends again) with {@link #broke}.
 */
public final class ExchangeFailures {

    private final ConnectionTracker tracker;

    ExchangeFailures(ConnectionTracker tracker) {
        this.tracker = tracker;
    }

    /**
     * The exchange whose response head {@link ConnectionTracker#exchangeDone} counted then failed (its body broke
     * off): counted as failed, once, however many times the client notices.
     */
    public void exchangeFailed(ConnectionRecord c) {
        if (c == null) {
            return;
        }
        synchronized (c.pool) {
            if (c.uses == 0 || c.failedUse == c.uses) {
                return;
            }
            c.failedUse = c.uses;
        }
        c.stats.failedExchanges.increment();
    }

    /**
     * The connection failed on the wire (a read error, or the client's response timeout when {@code timedOut}):
     * is that an exchange failing? Busy with a response head already here, its body broke off; busy on its first
     * exchange, or timed out, the server had the request and never answered: a failed request, counted now. Idle,
     * or reused and dead before any answer to a read, it died while idle and the server never saw the request.
     *
     * @return {@code FAILED} when an exchange failed, else {@code otherwise}
     */
    public CloseCause broke(ConnectionRecord c, boolean timedOut, CloseCause otherwise) {
        boolean busy;
        boolean headSeen;
        boolean first;
        synchronized (c.pool) {
            busy = c.state == ConnectionRecord.State.BUSY;
            headSeen = c.uses > c.usesAtTake;
            first = c.uses == 0;
        }
        if (!busy) {
            return otherwise;
        }
        if (headSeen) {
            exchangeFailed(c);
        } else if (first || timedOut) {
            tracker.exchangeDone(c, false);
        } else {
            return otherwise;
        }
        return CloseCause.FAILED;
    }

    /** Whether the connection's last exchange failed: then that failure, not the path the client took, ended it. */
    static boolean endedByFailure(ConnectionRecord c) {
        synchronized (c.pool) {
            return c.uses > 0 && c.failedUse == c.uses;
        }
    }
}
