package dev.reuseagent.track;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A connection's life in the tracker: exchanges, closes, announcements and adoption. */
class ConnectionLifecycleTest extends TrackerTestBase {

    // ---- exchanges -----------------------------------------------------------------------------------------

    @Test
    void firstExchangeAnnouncesOpenedOnce() {
        ConnectionRecord c = open(new Object(), "poolA", T1);
        assertTrue(sink.events.isEmpty(), "opened is announced with the first exchange, not before");
        tracker.exchangeDone(c, true);
        assertEquals(List.of("opened #" + c.id() + " reason=first-use"), sink.events);
        tracker.exchangeDone(c, true);
        assertEquals(1, sink.count("opened"));
    }

    @Test
    void laterExchangesCountReused() {
        Object key = new Object();
        ConnectionRecord c = open(key, "poolA", T1);
        for (int i = 0; i < 4; i++) {
            tracker.exchangeDone(c, true);
            tracker.returned(key);
            tracker.taken(key, T1);
        }
        OriginStats.Snapshot s = stats(API);
        assertEquals(4, s.requests);
        assertEquals(1, s.newConnections);
        assertEquals(3, s.reusedConnections);
        assertEquals(4L, s.clients.get(CLIENT));
        assertEquals(4, c.uses());
        assertEquals(3, sink.count("reused"));
    }

    @Test
    void reusedEventCarriesIdleTimeSinceReturn() {
        Object key = new Object();
        ConnectionRecord c = open(key, "poolA", T1);
        tracker.exchangeDone(c, true);
        tracker.returned(key);
        clock.advanceMillis(12);
        tracker.taken(key, T1);
        tracker.exchangeDone(c, true);
        assertEquals("reused #" + c.id() + " idle=12000000 uses=2", sink.events.get(1));
    }

    @Test
    void reusedIsNotSentWhenTheSinkDoesNotWantIt() {
        sink = new RecordingSink(false);
        tracker = new ConnectionTracker(sink, HostFilter.all(), 100, clock);
        Object key = new Object();
        ConnectionRecord c = open(key, "poolA", T1);
        tracker.exchangeDone(c, true);
        tracker.returned(key);
        tracker.exchangeDone(c, true);
        assertEquals(0, sink.count("reused"));
        assertEquals(1, stats(API).reusedConnections, "reused is still counted");
    }

    @Test
    void failedExchangeIsARequestCountedFailedToo() {
        Object key = new Object();
        ConnectionRecord c = open(key, "poolA", T1);
        tracker.exchangeDone(c, false);
        OriginStats.Snapshot s = stats(API);
        assertEquals(1, s.requests, "the server received it");
        assertEquals(1, s.failedExchanges);
        assertEquals(0, s.reusedConnections);
        assertEquals(1, s.newConnections, "the connection was still made");
        tracker.closed(key, CloseCause.STALE);
        assertEquals(Map.of("failed", 1L), stats(API).closes, "the failure ended it, whatever path closed it");
    }

    @Test
    void failedExchangeOnReusedConnectionIsAReusedRequest() {
        Object key = new Object();
        ConnectionRecord c = open(key, "poolA", T1);
        tracker.exchangeDone(c, true);
        tracker.returned(key);
        tracker.exchangeDone(c, false);
        OriginStats.Snapshot s = stats(API);
        assertEquals(2, s.requests);
        assertEquals(1, s.reusedConnections);
        assertEquals(1, s.failedExchanges);
    }

    @Test
    void aBodyThatBrokeOffFailsItsExchangeOnceAndTheNextConnectionSaysFailed() {
        Object key = new Object();
        ConnectionRecord c = open(key, "poolA", T1);
        tracker.exchangeDone(c, true);
        tracker.failures().exchangeFailed(c);
        tracker.failures().exchangeFailed(c); // the client noticed twice: still one failed exchange
        tracker.closed(key, CloseCause.BODY_NOT_CONSUMED);
        OriginStats.Snapshot s = stats(API);
        assertEquals(1, s.requests);
        assertEquals(1, s.failedExchanges);
        assertEquals(Map.of("failed", 1L), s.closes);
        ConnectionRecord next = open(new Object(), "poolA", T1);
        assertEquals(Reason.FAILED, next.reason());
    }

    @Test
    void aConnectionWhoseExchangeFailedButIsNotClosedYetMakesTheNextOneFailedNotAbandoned() {
        Object key = new Object();
        ConnectionRecord c = open(key, "poolA", T1);
        tracker.exchangeDone(c, true);
        tracker.failures().exchangeFailed(c); // the body broke off; the client closes it a moment later
        tracker.movedOn(c, T1); // the application goes on to its next request meanwhile
        assertEquals(Reason.FAILED, open(new Object(), "poolA", T1).reason());
    }

    @Test
    void aReadErrorBeforeAnyAnswerOnAReusedConnectionIsStaleAndNoRequest() {
        Object key = new Object();
        ConnectionRecord c = open(key, "poolA", T1);
        tracker.exchangeDone(c, true);
        tracker.returned(key);
        tracker.taken(key, T1);
        assertEquals(CloseCause.STALE, tracker.failures().broke(c, false, CloseCause.STALE));
        assertEquals(1, stats(API).requests, "the server never saw the request the client sends again");
    }

    @Test
    void aTimeoutOrAFirstExchangeOrABrokenBodyIsAFailedRequest() {
        Object reused = new Object();
        ConnectionRecord c = open(reused, "poolA", T1);
        tracker.exchangeDone(c, true);
        tracker.returned(reused);
        tracker.taken(reused, T1);
        assertEquals(CloseCause.FAILED, tracker.failures().broke(c, true, CloseCause.STALE), "no answer in time");
        ConnectionRecord fresh = open(new Object(), "poolA", T1);
        assertEquals(CloseCause.FAILED, tracker.failures().broke(fresh, false, CloseCause.STALE), "a first exchange");
        Object body = new Object();
        ConnectionRecord broken = open(body, "poolA", T1);
        tracker.exchangeDone(broken, true);
        assertEquals(CloseCause.FAILED, tracker.failures().broke(broken, false, CloseCause.STALE), "the body broke off");
        OriginStats.Snapshot s = stats(API);
        assertEquals(4, s.requests);
        assertEquals(3, s.failedExchanges);
    }

    // ---- connections that failed before their first exchange -----------------------------------------------

    @Test
    void aConnectionWhoseTlsHandshakeFailedIsAFailedConnectionNeverANewOne() {
        Object key = new Object();
        open(key, "poolA", T1); // registered at its TCP connect, as HttpURLConnection does
        tracker.failedConnections().failed(key, new javax.net.ssl.SSLHandshakeException("PKIX path building failed"));
        assertNull(tracker.find(key));
        tracker.announcePending(); // the summary: nothing left to announce
        tracker.closed(key, CloseCause.UNKNOWN); // a late close of the same object changes nothing
        OriginStats.Snapshot s = stats(API);
        assertEquals(0, s.newConnections);
        assertEquals(1, s.failedConnections);
        assertEquals(Map.of(), s.closes);
        assertEquals(List.of("failed https://api.example.com:443 via okhttp error=SSLHandshakeException at "
                + "com.acme.App.run(App.java:1)"), sink.events);
        assertEquals(Reason.FAILED, open(new Object(), "poolA", T1).reason(), "the attempt before it failed");
    }

    @Test
    void aFailedConnectionWithoutARecordCountsForItsOrigin() {
        tracker.failedConnections().failed(CLIENT, API, null, new javax.net.ssl.SSLHandshakeException("x"));
        assertEquals(1, stats(API).failedConnections);
        assertEquals(List.of("failed https://api.example.com:443 via okhttp error=SSLHandshakeException at null"),
                sink.events);
    }

    // ---- close ---------------------------------------------------------------------------------------------

    @Test
    void closedTwiceIsCountedOnce() {
        Object key = new Object();
        ConnectionRecord c = open(key, "poolA", T1);
        tracker.exchangeDone(c, true);
        tracker.closed(key, CloseCause.SERVER_CLOSED);
        tracker.closed(key, CloseCause.APP_CLOSED);
        assertEquals(1, sink.count("closed"));
        assertEquals(java.util.Map.of("server-closed", 1L), stats(API).closes);
        assertEquals(CloseCause.SERVER_CLOSED, c.closeCause());
    }

    @Test
    void closedEventCarriesAge() {
        Object key = new Object();
        ConnectionRecord c = open(key, "poolA", T1); // opened at clock before open() advanced 1ms
        tracker.exchangeDone(c, true);
        clock.advanceMillis(4199);
        tracker.closed(key, CloseCause.IDLE_TIMEOUT);
        assertEquals("closed #" + c.id() + " cause=idle-timeout age=4200000000", sink.events.get(1));
    }

    @Test
    void closeOfUnusedConnectionAnnouncesItFirst() {
        Object key = new Object();
        ConnectionRecord c = open(key, "poolA", T1);
        tracker.closed(key, CloseCause.STALE);
        assertEquals(List.of("opened #" + c.id() + " reason=first-use", "closed #" + c.id()
                + " cause=stale age=1000000"), sink.events);
    }

    @Test
    void closedConnectionIsForgotten() {
        Object key = new Object();
        open(key, "poolA", T1);
        tracker.closed(key, CloseCause.APP_CLOSED);
        assertNull(tracker.find(key));
    }

    @Test
    void reopeningTheSameKeyClosesThePreviousRecord() {
        Object key = new Object();
        ConnectionRecord first = open(key, "poolA", T1);
        ConnectionRecord second = open(key, "poolA", T1);
        assertSame(second, tracker.find(key));
        assertEquals(CloseCause.UNKNOWN, first.closeCause());
    }

    @Test
    void eventsForUnknownKeysAreIgnored() {
        Object stranger = new Object();
        tracker.taken(stranger, T1);
        tracker.returned(stranger);
        tracker.closed(stranger, CloseCause.APP_CLOSED);
        assertTrue(sink.events.isEmpty());
    }

    // ---- announcePending -----------------------------------------------------------------------------------

    @Test
    void announcePendingAnnouncesUnusedConnectionsOnce() {
        ConnectionRecord c = open(new Object(), "poolA", T1);
        tracker.announcePending();
        tracker.announcePending();
        assertEquals(List.of("opened #" + c.id() + " reason=first-use"), sink.events);
        assertEquals(1, stats(API).newConnections);
        tracker.exchangeDone(c, true);
        assertEquals(1, sink.count("opened"), "first exchange after announcePending must not announce again");
        assertEquals(1, stats(API).newConnections);
        assertEquals(0, stats(API).reusedConnections);
    }

    @Test
    void announcePendingSkipsAlreadyAnnounced() {
        ConnectionRecord c = open(new Object(), "poolA", T1);
        tracker.exchangeDone(c, true);
        tracker.announcePending();
        assertEquals(1, sink.count("opened"));
    }

    // ---- adopt ---------------------------------------------------------------------------------------------

    @Test
    void adoptedConnectionIsNotCountedNewAndItsNextExchangeIsReused() {
        Object key = new Object();
        ConnectionRecord c = tracker.adopt(key, CLIENT, API, "poolA", T1);
        assertSame(c, tracker.find(key));
        tracker.exchangeDone(c, true);
        tracker.announcePending();
        OriginStats.Snapshot s = stats(API);
        assertEquals(0, s.newConnections);
        assertEquals(1, s.reusedConnections);
        assertEquals(0, sink.count("opened"));
    }
}
