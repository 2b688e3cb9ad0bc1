package dev.reuseagent.client.jetty;

import dev.reuseagent.transport.TransportThreadState;

/**
 * What the Jetty hooks remember on one thread while Jetty decides a connection's fate inside one hooked call: which
 * connection an ending exchange or an idle timeout concerns, so that its removal from the pool, nested in that call,
 * knows why. Set on entry and cleared on exit of that call.
 */
final class JettyThreadState {

    private static final ThreadLocal<JettyThreadState> CURRENT = new ThreadLocal<>() {
        @Override
        protected JettyThreadState initialValue() {
            return new JettyThreadState(TransportThreadState.current());
        }
    };

    static JettyThreadState current() {
        return CURRENT.get();
    }

    /** The same thread's transport state: its id. */
    final TransportThreadState thread;

    /** The connection whose exchange is ending on this thread, and that exchange's {@code Result}. */
    Object endingConnection;
    Object endingResult;

    /** The connection whose idle timeout is being handled on this thread. */
    Object idleExpiring;

    JettyThreadState(TransportThreadState thread) {
        this.thread = thread;
    }
}
