package dev.reuseagent.transport;

import dev.reuseagent.weave.Hook;

import java.util.ArrayList;
import java.util.List;

/**
 * The transport layer as the weaver sees it: the JDK classes it hooks, its hooks, and the tracker they report to.
 * Like a client slice, it is started when the first of its classes is loaded (the first socket of the JVM).
 */
public final class TransportSlice {

    private final TransportTracker tracker;

    public TransportSlice(TransportTracker tracker) {
        this.tracker = tracker;
    }

    /** Every class the transport layer hooks, by binary name. */
    public static final List<String> HOOKED_CLASSES =
            List.of(SocketInstrumentation.SOCKET, SocketInstrumentation.CHANNEL, TlsInstrumentation.SSL_SOCKET,
                    EngineInstrumentation.SSL_ENGINE);

    public List<Hook> hooks() {
        List<Hook> hooks = new ArrayList<>(SocketInstrumentation.hooks());
        hooks.addAll(TlsInstrumentation.hooks());
        hooks.addAll(EngineInstrumentation.hooks());
        return hooks;
    }

    /** Wires the hooks to the tracker. */
    public void start() {
        TransportHooks.install(tracker);
    }
}
