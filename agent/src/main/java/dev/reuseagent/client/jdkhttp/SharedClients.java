package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.track.WeakIdentityMap;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The registry of shared java.net.http clients: per builder configuration, the first client built with it, and
 * every handle (facade) given out for it since. Knows nothing of java.net.http itself: clients and handles are
 * plain objects here, so the rules are unit-tested as such.
 *
 * <p>Memory: at most {@link #MAX_CONFIGURATIONS} configurations. A shared client is held strongly (the JDK stops a
 * client once its first facade is collected, and every caller depends on it). A client not shared yet is held
 * strongly only while it is among the {@link #MAX_WAITING} most recent such ones, so that a collection between the
 * first and the second build of a configuration cannot lose it; older ones are held weakly, as the JDK holds them,
 * and go when the application drops them. A configuration whose first client was collected, or that was released,
 * is forgotten at the next look-up. Handles are held weakly.
 */
final class SharedClients {

    static final int MAX_CONFIGURATIONS = 64;
    /** Clients not shared yet that are held strongly, newest last. */
    static final int MAX_WAITING = 16;

    private final List<Entry> entries = new ArrayList<>();
    private final ArrayDeque<Entry> waiting = new ArrayDeque<>();
    private final WeakIdentityMap<Handle> handles = new WeakIdentityMap<>(new Collected());

    /** One configuration and its client. */
    static final class Entry {
        final ClientConfig config;
        private final WeakReference<Object> first;
        /** The first client, held strongly while shared or among the most recent waiting ones. */
        private Object pinned;
        /** Handles given out and neither closed by their caller nor collected. */
        int open;
        /** Stopped for real (every caller closed it): no longer given out. */
        boolean retired;
        /** A caller asked for shutdownNow rather than shutdown. */
        boolean now;
        /** A second build shares the client: from then on, its requests are followed. */
        volatile boolean shared;
        /** The handle of the first client. */
        final Handle firstHandle;

        Entry(ClientConfig config, Object first) {
            this.config = config;
            this.first = new WeakReference<>(first);
            this.firstHandle = new Handle(this);
        }
    }

    /** One client as one caller of {@code build()} got it. Holds neither the client nor its connections. */
    static final class Handle {
        static final int MAX_CONNECTIONS = 16;
        final Entry entry;
        /** How its caller stopped it ({@code close}, {@code shutdown}, {@code shutdownNow}), or null. */
        String closedBy;
        private final long[] used = new long[MAX_CONNECTIONS];
        private int usedCount;
        /** Requests sent on this handle and not yet answered (JDK 21+, where close() waits for them). */
        private int pending;

        Handle(Entry entry) {
            this.entry = entry;
        }

        synchronized void started() {
            pending++;
        }

        synchronized void finished() {
            if (--pending <= 0) {
                pending = 0;
                notifyAll();
            }
        }

        /** Waits until every request sent on this handle has been answered, as {@code close()} would have. */
        synchronized void awaitAnswers() throws InterruptedException {
            while (pending > 0) {
                wait();
            }
        }

        /** True the first time this handle's requests use connection {@code id}; a few connections are kept. */
        synchronized boolean firstUse(long id) {
            for (int i = 0; i < usedCount; i++) {
                if (used[i] == id) {
                    return false;
                }
            }
            if (usedCount == MAX_CONNECTIONS) {
                return false; // beyond this, nothing more is counted: never more than was seen
            }
            used[usedCount++] = id;
            return true;
        }
    }

    /** What {@link #lookUp} found. */
    static final class Found {
        final Entry entry;
        /** The configuration's first client, now held strongly, to share; null if {@code client} is the first. */
        final Object first;

        Found(Entry entry, Object first) {
            this.entry = entry;
            this.first = first;
        }
    }

    /**
     * The client to share for {@code config}, reserving one handle on it; or, when there is none, {@code client}
     * registered as the configuration's first. Null when the registry is full.
     */
    synchronized Found lookUp(ClientConfig config, Object client) {
        Found shared = lookUpShared(config);
        if (shared != null) {
            return shared;
        }
        if (entries.size() >= MAX_CONFIGURATIONS) {
            return null;
        }
        Entry e = new Entry(config, client);
        entries.add(e);
        e.open++;
        e.pinned = client;
        waiting.addLast(e);
        while (waiting.size() > MAX_WAITING) {
            Entry oldest = waiting.removeFirst();
            if (!oldest.shared) {
                oldest.pinned = null;
            }
        }
        handles.put(client, e.firstHandle);
        return new Found(e, null);
    }

    /**
     * The client to share for {@code config}, reserving one handle on it, as {@link #lookUp}; null when there is
     * none, and then nothing is registered: for a {@code build()} that has not built its client yet.
     */
    synchronized Found lookUpShared(ClientConfig config) {
        Iterator<Entry> it = entries.iterator();
        Entry found = null;
        Object foundFirst = null;
        while (it.hasNext()) {
            Entry e = it.next();
            Object first = e.retired ? null : e.first.get();
            if (first == null) {
                e.pinned = null;
                waiting.remove(e);
                it.remove();
            } else if (found == null && e.config.equals(config)) {
                found = e;
                foundFirst = first;
            }
        }
        if (found != null) {
            found.pinned = foundFirst;
            found.shared = true;
            found.open++;
            return new Found(found, foundFirst);
        }
        return null;
    }

    /** The handle reserved by {@link #lookUp} is {@code facade}. */
    void handedOut(Object facade, Entry entry) {
        handles.put(facade, new Handle(entry));
    }

    /** The handle reserved by {@link #lookUp} could not be made. */
    synchronized void abandoned(Entry entry) {
        entry.open--;
    }

    /** The handle {@code facade} is, or null if it is not one. Lock-free. */
    Handle handle(Object facade) {
        return handles.get(facade);
    }

    /**
     * A caller closes or shuts down its handle ({@code how}: the method's name). True when that is to be ignored:
     * the client is shared and live. False once it was released: the call then does what it does.
     */
    synchronized boolean close(Handle h, String how) {
        if (h.entry.retired) {
            return false;
        }
        if (h.closedBy == null) {
            h.entry.open--;
        }
        if (h.closedBy == null || how.equals("close")) {
            h.closedBy = how; // close() also waits for termination: it wins over an earlier shutdown()
        }
        h.entry.now |= how.equals("shutdownNow");
        return true;
    }

    /**
     * A caller that closed its handle asks whether the client terminated. If every handle of its configuration
     * has been closed (or collected), nobody uses the client any more: it is released, and the caller stops it for
     * real. True if released.
     */
    boolean releaseIfAllClosed(Handle h) {
        handles.size(); // hands collected handles to the listener first
        synchronized (this) {
            Entry e = h.entry;
            if (e.retired || h.closedBy == null || e.open > 0) {
                return false;
            }
            e.retired = true;
            e.pinned = null;
            waiting.remove(e);
            return true;
        }
    }

    /** Whether the registry holds this configuration's first client strongly. */
    synchronized boolean pinned(Entry entry) {
        return entry.pinned != null;
    }

    /** Configurations registered (live or not yet forgotten). */
    synchronized int size() {
        return entries.size();
    }

    /** A handle never closed was collected: its caller no longer uses the client. */
    private final class Collected implements Consumer<Handle> {
        @Override
        public void accept(Handle h) {
            synchronized (SharedClients.this) {
                if (h.closedBy == null) {
                    h.entry.open--;
                }
            }
        }
    }
}
