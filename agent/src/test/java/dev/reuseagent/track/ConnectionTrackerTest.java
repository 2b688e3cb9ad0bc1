package dev.reuseagent.track;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.model.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reason inference as plain event sequences, with a clock the test moves. */
class ConnectionTrackerTest extends TrackerTestBase {

    // ---- reasons -------------------------------------------------------------------------------------------

    @Test
    void firstConnectionInTheJvmIsFirstUse() {
        assertEquals(Reason.FIRST_USE, open(new Object(), "poolA", T1).reason());
    }

    @Test
    void secondPoolToTheSameOriginIsNewClient() {
        open(new Object(), "poolA", T1);
        assertEquals(Reason.NEW_CLIENT, open(new Object(), "poolB", T1).reason());
    }

    @Test
    void firstConnectionOfAPoolToAnotherOriginIsFirstUse() {
        open(new Object(), "poolA", T1);
        Origin other = Origin.of("https", "other.example.com", -1);
        assertEquals(Reason.FIRST_USE, open(new Object(), other, "poolA", clock.now(), T1).reason());
    }

    @ParameterizedTest
    @EnumSource(CloseCause.class)
    void closeCauseBecomesTheReasonOfTheNextConnectionInThePool(CloseCause cause) {
        Object first = new Object();
        ConnectionRecord c1 = open(first, "poolA", T1);
        tracker.exchangeDone(c1, true);
        tracker.returned(first);
        clock.advanceMillis(5);
        tracker.closed(first, cause);
        clock.advanceMillis(5);
        assertEquals(cause.asReason(), open(new Object(), "poolA", T1).reason());
    }

    @Test
    void closeInAnotherPoolDoesNotDecideTheReason() {
        Object a = new Object();
        open(a, "poolA", T1);
        tracker.closed(a, CloseCause.SERVER_CLOSED);
        Object b = new Object();
        open(b, "poolB", T1);
        tracker.closed(b, CloseCause.STALE);
        assertEquals(Reason.SERVER_CLOSED, open(new Object(), "poolA", T1).reason());
    }

    @Test
    void allConnectionsBusyOnAnotherThreadIsPoolBusy() {
        open(new Object(), "poolA", T2);
        assertEquals(Reason.POOL_BUSY, open(new Object(), "poolA", T1).reason());
    }

    @Test
    void onlyBusyConnectionHeldBySameThreadIsBodyNotConsumed() {
        ConnectionRecord c1 = open(new Object(), "poolA", T1);
        tracker.exchangeDone(c1, true); // response head read, body abandoned: never returned
        assertEquals(Reason.BODY_NOT_CONSUMED, open(new Object(), "poolA", T1).reason());
    }

    @Test
    void takenConnectionIsBusyOnTheTakingThread() {
        Object key = new Object();
        ConnectionRecord c1 = open(key, "poolA", T2);
        tracker.exchangeDone(c1, true);
        tracker.returned(key);
        tracker.taken(key, T1);
        clock.advanceMillis(1);
        // now held by T1 itself, not by T2
        assertEquals(Reason.BODY_NOT_CONSUMED, open(new Object(), "poolA", T1).reason());
    }

    @Test
    void busyElsewhereWinsOverBusyHere() {
        open(new Object(), "poolA", T1);
        open(new Object(), "poolA", T2);
        assertEquals(Reason.POOL_BUSY, open(new Object(), "poolA", T1).reason());
    }

    @Test
    void idleBeforeTheMissAndPassedOverIsIdleTimeout() {
        Object key = new Object();
        ConnectionRecord c1 = open(key, "poolA", T1);
        tracker.exchangeDone(c1, true);
        tracker.returned(key);
        long miss = clock.advanceMillis(10_000);
        assertEquals(Reason.IDLE_TIMEOUT, open(new Object(), API, "poolA", miss, T1).reason());
    }

    @Test
    void idleOnlyAfterTheMissIsPoolBusyNotIdleTimeout() {
        Object key = new Object();
        ConnectionRecord c1 = open(key, "poolA", T2);
        tracker.exchangeDone(c1, true);
        long miss = clock.advanceMillis(1); // T1 asks the pool while T2 still holds c1
        clock.advanceMillis(1);
        tracker.returned(key); // T2 gives c1 back while T1 is connecting
        clock.advanceMillis(1);
        assertEquals(Reason.POOL_BUSY, open(new Object(), API, "poolA", miss, T1).reason());
    }

    @Test
    void connectionOpenedAfterTheMissIsIgnored() {
        Object key = new Object();
        long miss = clock.now();
        clock.advanceMillis(1);
        open(new Object(), "poolA", T2); // counts the pool as connected
        // a connection that only exists after T1's miss must not make T1's connection pool-busy
        Object late = new Object();
        tracker.opened(late, CLIENT, API, "poolA", clock.now(), 1, null, T2);
        tracker.closed(late, CloseCause.SERVER_CLOSED);
        // pool now: one busy (T2, opened after miss), lastCloseCause server-closed
        assertEquals(Reason.SERVER_CLOSED, open(key, API, "poolA", miss, T1).reason());
    }

    @Test
    void concurrentOpenOnAnotherThreadBeforeAnyCloseIsPoolBusy() {
        long miss = clock.now(); // T1 and T2 both find the pool empty
        clock.advanceMillis(1);
        assertEquals(Reason.FIRST_USE, open(new Object(), API, "poolA", miss, T2).reason());
        assertEquals(Reason.POOL_BUSY, open(new Object(), API, "poolA", miss, T1).reason());
    }

    @Test
    void openAfterTheMissOnTheSameThreadWithNoCloseIsUnknown() {
        long miss = clock.now();
        clock.advanceMillis(1);
        open(new Object(), API, "poolA", miss, T1);
        assertEquals(Reason.UNKNOWN, open(new Object(), API, "poolA", miss, T1).reason());
    }

    @Test
    void everyReasonIsCountedPerOrigin() {
        open(new Object(), "poolA", T1);
        open(new Object(), "poolB", T1);
        open(new Object(), "poolC", T1);
        tracker.announcePending();
        OriginStats.Snapshot s = stats(API);
        assertEquals(3, s.newConnections);
        assertEquals(1L, s.reasons.get("first-use"));
        assertEquals(2L, s.reasons.get("new-client"));
    }

    // ---- abandoned responses ----------------------------------------------------------------------------------

    @Test
    void aResponseAbandonedByAnotherThreadIsBodyNotConsumedNotPoolBusy() {
        ConnectionRecord a = open(new Object(), "poolA", T1);
        tracker.exchangeDone(a, true);   // T1 got the response head ...
        tracker.movedOn(a, T1);          // ... and went on to its next request without finishing the body
        assertEquals(Reason.BODY_NOT_CONSUMED, open(new Object(), "poolA", T2).reason());
    }

    @Test
    void aResponseStillBeingReadByAnotherThreadIsPoolBusy() {
        ConnectionRecord a = open(new Object(), "poolA", T1);
        tracker.exchangeDone(a, true);   // T1 is still reading the body
        assertEquals(Reason.POOL_BUSY, open(new Object(), "poolA", T2).reason());
    }

    @Test
    void movingOnBeforeTheExchangeEndedIsNotAbandoning() {
        ConnectionRecord a = open(new Object(), "poolA", T1);
        tracker.movedOn(a, T1);          // no response yet: nothing was abandoned
        assertEquals(Reason.POOL_BUSY, open(new Object(), "poolA", T2).reason());
    }

    // ---- TLS ----------------------------------------------------------------------------------------------

    @Test
    void handshakeEndingAfterTheOpeningWasAnnouncedStillCountsOnceOnTheOrigin() {
        // An async client's I/O thread may finish the SSLEngine handshake after the first exchange announced it.
        Object early = new Object();
        ConnectionRecord a = open(early, "poolA", T1);
        a.attachTls(false, 4_000_000L);
        tracker.exchangeDone(a, true);
        Object late = new Object();
        ConnectionRecord b = open(late, "poolB", T1);
        tracker.exchangeDone(b, true);
        b.attachTls(true, 1_000_000L);
        b.attachTls(true, 1_000_000L); // a second report of the same handshake
        OriginStats.Snapshot s = stats(API);
        assertEquals(2, s.newConnections);
        assertEquals(1, s.tlsFull);
        assertEquals(1, s.tlsResumed);
        assertEquals(5_000_000L, s.tlsNanos);
    }
}
