package dev.reuseagent.client.reactornetty;

import dev.reuseagent.model.CloseCause;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which cause a Reactor Netty channel's close gets, from what the slice saw before it (no pool: never disposed). */
class ReactorNettyCloseCausesTest {

    private final ReactorNettyCloseCauses causes = new ReactorNettyCloseCauses();
    private final Object channel = new Object();

    ReactorNettyCloseCausesTest() {
        causes.opened(channel);
    }

    @Test
    void theServerClosingAnIdleConnectionIsStale() {
        causes.released(channel);
        assertEquals(CloseCause.STALE, causes.closed(channel, null));
    }

    @Test
    void aCloseWhileBusyWithNoCauseDecidedStaysUnknown() {
        assertEquals(CloseCause.UNKNOWN, causes.closed(channel, null));
        causes.opened(channel);
        causes.released(channel);
        causes.handedOut(channel);
        assertEquals(CloseCause.UNKNOWN, causes.closed(channel, null));
    }

    @Test
    void aCauseDecidedBeforeTheCloseWinsOnce() {
        causes.released(channel);
        causes.decided(channel, CloseCause.IDLE_TIMEOUT);
        assertEquals(CloseCause.IDLE_TIMEOUT, causes.closed(channel, null));
        assertEquals(CloseCause.UNKNOWN, causes.closed(channel, null), "taken by the first close");
    }

    @Test
    void aConnectionNotTrackedIsNeverIdle() {
        Object other = new Object();
        causes.released(other);
        assertEquals(CloseCause.UNKNOWN, causes.closed(other, null));
    }

    @Test
    void thePoolClosingAnOpenIdleConnectionIsIdleTimeoutUnlessItWasDisposed() {
        assertEquals(CloseCause.IDLE_TIMEOUT, ReactorNettyCloseCauses.destroyedOpen(false));
        assertEquals(CloseCause.APP_CLOSED, ReactorNettyCloseCauses.destroyedOpen(true));
    }

    @Test
    void aDisposedPoolClosedItWhateverItsState() {
        assertEquals(CloseCause.APP_CLOSED, ReactorNettyCloseCauses.closedUndecided(true, true));
        assertEquals(CloseCause.APP_CLOSED, ReactorNettyCloseCauses.closedUndecided(true, false));
        assertEquals(CloseCause.STALE, ReactorNettyCloseCauses.closedUndecided(false, true));
        assertEquals(CloseCause.UNKNOWN, ReactorNettyCloseCauses.closedUndecided(false, false));
    }
}
