package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.WeakIdentityMap;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Which handle (which caller's {@code build()}) each request is sent on, for two things: the {@code shared-client}
 * avoided count, and {@code close()} of a shared handle, which waits for that handle's own requests (JDK 21+).
 *
 * <p>Avoided connections are counted on the connection: the first time a handle's request runs on a connection
 * that another handle's request opened. Requests are followed only on clients that are shared: one client used
 * well costs nothing per request but a look-up.
 */
final class SharedRequests {

    /** JDK 21+: {@code close()} exists, and waits for the requests sent on the client. */
    private static final boolean CLOSE_WAITS = Runtime.version().feature() >= 21;

    private final Enforcement enforcement;
    private final SharedClients clients;
    /** The handle each request (HttpRequestImpl) was sent on, for requests sent on shared clients. */
    private final WeakIdentityMap<SharedClients.Handle> requests = new WeakIdentityMap<>();
    /** The handle whose request first ran on each connection (by its record). */
    private final WeakIdentityMap<SharedClients.Handle> openers = new WeakIdentityMap<>();

    SharedRequests(Enforcement enforcement, SharedClients clients) {
        this.enforcement = enforcement;
        this.clients = clients;
    }

    /**
     * A request is about to be sent on {@code client}, on this thread: its requests are followed if the client is
     * shared, and counted until answered where {@code close()} waits for them.
     *
     * @return the handle, for {@link #sent} and {@link #sentAsync}; null if the client is not one
     */
    Object sending(JdkHttpThreadState s, Object client) {
        SharedClients.Handle h = clients.handle(client);
        s.sendingOn = h != null && h.entry.shared ? h : null;
        if (h != null && CLOSE_WAITS) {
            h.started();
        }
        return h;
    }

    /** A synchronous send on this thread returned (or threw). */
    void sent(JdkHttpThreadState s, Object handle) {
        s.sendingOn = null;
        if (handle instanceof SharedClients.Handle && CLOSE_WAITS) {
            ((SharedClients.Handle) handle).finished();
        }
    }

    /** An asynchronous send on this thread returned {@code future} (null: it threw). */
    @SuppressWarnings("unchecked")
    void sentAsync(JdkHttpThreadState s, Object handle, Object future) {
        s.sendingOn = null;
        if (!(handle instanceof SharedClients.Handle) || !CLOSE_WAITS) {
            return;
        }
        SharedClients.Handle h = (SharedClients.Handle) handle;
        if (future instanceof CompletableFuture) {
            ((CompletableFuture<Object>) future).whenComplete(new Answered(h));
        } else {
            h.finished();
        }
    }

    /** Counts an asynchronous request answered (or failed, or cancelled). */
    private static final class Answered implements BiConsumer<Object, Throwable> {
        private final SharedClients.Handle handle;

        Answered(SharedClients.Handle handle) {
            this.handle = handle;
        }

        @Override
        public void accept(Object response, Throwable failure) {
            handle.finished();
        }
    }

    /** The JDK copied the application's request into {@code request}, on the sending thread. */
    void requestCreated(JdkHttpThreadState s, Object request) {
        SharedClients.Handle h = s.sendingOn;
        if (h != null) {
            s.sendingOn = null;
            requests.put(request, h);
        }
    }

    /**
     * One exchange of {@code request} ran on the connection of {@code record}. The connection's opener is the
     * handle of its first exchange; a connection first seen here with exchanges before was opened before its client
     * was shared (requests are followed from then on), so by the first caller.
     */
    void exchanged(ConnectionRecord record, Object request) {
        SharedClients.Handle h = requests.get(request);
        if (h == null) {
            return;
        }
        SharedClients.Handle opener = openers.get(record);
        if (opener == null) {
            opener = record.uses() <= 1 ? h : h.entry.firstHandle;
            openers.put(record, opener);
        }
        if (h.firstUse(record.id()) && opener != h) {
            enforcement.avoided(JdkHttpSharing.REPAIR);
        }
    }
}
