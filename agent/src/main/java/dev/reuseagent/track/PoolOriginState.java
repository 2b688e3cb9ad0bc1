package dev.reuseagent.track;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Reason;

import java.util.ArrayList;
import java.util.List;

/**
 * What one pool knows about one origin: its live connections, whether it ever connected, and why its most
 * recent connection closed. This is the memory reason inference reads.
 */
final class PoolOriginState {

    /** Bounds the live list when an application leaks connections without ever closing them. */
    static final int MAX_LIVE = 10_000;

    final String poolId;
    final OriginStats stats;
    final List<ConnectionRecord> live = new ArrayList<>();
    boolean everConnected;
    CloseCause lastCloseCause;

    PoolOriginState(String poolId, OriginStats stats) {
        this.poolId = poolId;
        this.stats = stats;
    }

    /**
     * docs/contracts.md §3.2, applied at the moment the pool failed to hand out a connection ({@code missNanos}):
     * <ol>
     *   <li>this pool never connected to the origin: {@code new-client} if another pool did, else {@code first-use};</li>
     *   <li>an idle connection existed but was passed over: it had expired, {@code idle-timeout}; only if it had
     *       been idle for at least {@code shortestExpiry} (the pool's shortest idle timeout) at the miss, since
     *       one idle for less was not expired but taken or evicted by another thread a moment before its hook ran;</li>
     *   <li>all live connections busy: {@code body-not-consumed} if one of them holds a response its thread
     *       abandoned (or only this thread holds them: it abandoned a response without finishing it), else
     *       {@code pool-busy};</li>
     *   <li>a connection whose exchange failed and that the client has not closed yet: {@code failed};</li>
     *   <li>otherwise the cause recorded when this pool's last connection to the origin closed;</li>
     *   <li>with no close yet, connections other threads opened while this one was opening mean concurrent
     *       requests found the pool empty: {@code pool-busy}.</li>
     * </ol>
     * Caller holds this object's lock.
     */
    Reason infer(boolean originEverConnected, long missNanos, long thread, long shortestExpiry) {
        if (!everConnected) {
            return originEverConnected ? Reason.NEW_CLIENT : Reason.FIRST_USE;
        }
        boolean busyElsewhere = false;
        boolean busyHere = false;
        boolean abandoned = false;
        boolean openedConcurrently = false;
        boolean failing = false;
        for (ConnectionRecord c : live) {
            if (c.openedNanos > missNanos) {
                // opened after the miss: not there when the pool was asked, but a sign of concurrent demand
                openedConcurrently |= c.busyThread != thread;
                continue;
            }
            if (c.state == ConnectionRecord.State.IDLE && c.idleSinceNanos <= missNanos - shortestExpiry) {
                return Reason.IDLE_TIMEOUT;
            }
            // busy, or idle only since after the miss: it was busy when the pool was asked
            if (c.state == ConnectionRecord.State.BUSY && c.uses > 0 && c.failedUse == c.uses) {
                failing = true; // its exchange failed, the client closes it next: a failure, not a busy pool
            } else if (c.state == ConnectionRecord.State.BUSY && c.abandoned) {
                abandoned = true;
            } else if (c.state == ConnectionRecord.State.BUSY && c.busyThread == thread) {
                busyHere = true;
            } else {
                busyElsewhere = true;
            }
        }
        if (abandoned) {
            return Reason.BODY_NOT_CONSUMED; // the leak is the root cause even when others are busy too
        }
        if (busyElsewhere) {
            return Reason.POOL_BUSY;
        }
        if (busyHere) {
            return Reason.BODY_NOT_CONSUMED;
        }
        if (failing) {
            return Reason.FAILED;
        }
        if (lastCloseCause != null) {
            return lastCloseCause.asReason();
        }
        return openedConcurrently ? Reason.POOL_BUSY : Reason.UNKNOWN;
    }

    void add(ConnectionRecord record) {
        everConnected = true;
        if (live.size() >= MAX_LIVE) {
            live.remove(0);
        }
        live.add(record);
    }

    void remove(ConnectionRecord record, CloseCause cause) {
        live.remove(record);
        lastCloseCause = cause;
    }
}
