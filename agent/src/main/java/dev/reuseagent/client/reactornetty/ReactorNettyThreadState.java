package dev.reuseagent.client.reactornetty;

import dev.reuseagent.model.Origin;

/**
 * What the Reactor Netty hooks keep per thread: the origin of the pool acquire just asked for on this thread,
 * until the acquire's subscriber is built (right after, on the same thread).
 */
final class ReactorNettyThreadState {

    private static final ThreadLocal<ReactorNettyThreadState> CURRENT = new ThreadLocal<>() {
        @Override
        protected ReactorNettyThreadState initialValue() {
            return new ReactorNettyThreadState();
        }
    };

    static ReactorNettyThreadState current() {
        return CURRENT.get();
    }

    /** The origin of the last pool acquire asked for on this thread and not yet subscribed; null if none. */
    Origin pendingOrigin;

    private ReactorNettyThreadState() {
    }
}
