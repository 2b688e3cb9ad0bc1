package dev.reuseagent.client.okhttp;

import dev.reuseagent.model.Reason;
import dev.reuseagent.testapp.OkHttpApp;
import dev.reuseagent.track.ConnectionRecord;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls on other threads: enqueued calls run by the dispatcher, and HTTP/2 streams several threads share. */
class OkHttpAsyncAndHttp2Test extends OkHttpTestBase {

    @Test
    void anEnqueuedCallNamesTheLineThatEnqueuedIt() throws Exception {
        Object call = new Object();
        OkHttpApp.enqueue(hooks, call);
        AtomicReference<ConnectionRecord> opened = new AtomicReference<>();
        Thread dispatcher = new Thread(() -> {
            OkHttpThreadState t = OkHttpThreadState.current();
            hooks.asyncRunning(t, call);
            Object connection = connection();
            hooks.poolMissed(t, call);
            hooks.pooled(t, pool, connection);
            opened.set(tracker.find(connection));
            hooks.asyncRunning(t, null);
        }, "OkHttp Dispatcher");
        dispatcher.start();
        dispatcher.join();
        assertTrue(opened.get().site().startsWith("dev.reuseagent.testapp.OkHttpApp.enqueue(OkHttpApp.java:"),
                opened.get().site());
    }

    @Test
    void http2StreamsOnSeveralThreadsAreReusedExchangesNeverAbandonedBodies() throws Exception {
        Object h2 = connection();
        open(pool, h2, new Object());
        Object codec = new Object();
        hooks.exchangeStarting(thread, h2, codec, true, pool);
        hooks.responseHead(thread, codec);
        // the stream's body is still open when this thread starts another call: a second stream, same connection
        Thread other = new Thread(() -> {
            OkHttpThreadState t = OkHttpThreadState.current();
            hooks.acquired(t, h2);
            Object c = new Object();
            hooks.exchangeStarting(t, h2, c, true, pool);
            hooks.responseHead(t, c);
        });
        other.start();
        other.join();
        hooks.poolMissed(thread, new Object()); // e.g. the stream limit was reached
        Object second = connection();
        hooks.pooled(thread, pool, second);
        assertEquals(Reason.POOL_BUSY, tracker.find(second).reason());
        assertEquals(1, stats().reusedConnections);
    }
}
