package dev.reuseagent.track;

/**
 * A connection's state between its exchanges, as its pool hands it out and takes it back: busy on a thread,
 * abandoned by it, idle since when. Each change happens under the pool's lock, so that a reason inferred at a
 * miss ({@link PoolOriginState#infer}) sees the pool as it was at that moment.
 */
final class PoolHandOffs {

    private PoolHandOffs() {
    }

    /** The pool handed out {@code c}: busy on {@code thread} from now, its response (if any) no longer pending. */
    static void taken(ConnectionRecord c, long thread) {
        synchronized (c.pool) {
            if (c.state != ConnectionRecord.State.CLOSED) {
                c.state = ConnectionRecord.State.BUSY;
                c.busyThread = thread;
                c.abandoned = false;
                c.usesAtTake = c.uses;
                c.takes++;
            }
        }
    }

    /**
     * {@code thread} goes on to another request while {@code previous} may still hold its response. If that
     * connection is still busy on this same thread after its exchange (response delivered, never returned nor
     * closed), the response was abandoned: the connection can never serve anyone again, which is
     * {@code body-not-consumed}, not {@code pool-busy}, for whoever needs a new connection because of it. Once
     * another thread has taken the connection since {@code thread} released it, it is not {@code thread}'s to
     * abandon: pools share connections between threads.
     */
    static void movedOn(ConnectionRecord previous, long thread) {
        synchronized (previous.pool) {
            if (previous.state == ConnectionRecord.State.BUSY && previous.uses > 0 && previous.busyThread == thread) {
                previous.abandoned = true;
            }
        }
    }

    /** How many times the pool handed {@code c} out: the mark of a return that starts now. */
    static long returning(ConnectionRecord c) {
        synchronized (c.pool) {
            return c.takes;
        }
    }

    /**
     * The return marked {@code mark} is done: idle from {@code now}, unless another thread took the connection from
     * the pool since (then it is busy there, and stays so). A {@code mark} of -1 means unconditionally.
     */
    static void returned(ConnectionRecord c, long mark, long now) {
        synchronized (c.pool) {
            if (c.state != ConnectionRecord.State.CLOSED && (mark == -1 || mark == c.takes)) {
                c.state = ConnectionRecord.State.IDLE;
                c.idleSinceNanos = now;
            }
        }
    }
}
